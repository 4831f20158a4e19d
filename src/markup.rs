//! Escaped HTML for read-only views.
//!
//! A view that only shows text and links (a provider's details) is written as one HTML
//! string and handed to yew as a raw node. Each element built with `html!` compiles to its
//! own code, and the provider details built that way measured 12 KB brotli: more than the
//! bundle budget leaves. Every text and attribute goes through `escape`, and links come only
//! from URLs the data reader has checked to be http(s).

use crate::protocol::Act;

/// An HTML fragment under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Opens `<tag class="class">`; an empty class adds no attribute.
    pub fn open(&mut self, tag: &str, class: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.0.push_str(" class=\"");
            escape_into(&mut self.0, class);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Markup written in the code itself (a `'static` string, never data): an element
    /// with attributes, say.
    pub fn raw(&mut self, html: &'static str) -> &mut Self {
        self.0.push_str(html);
        self
    }

    /// A number as an attribute value or text (never from the data file unescaped).
    pub fn number(&mut self, value: f64) -> &mut Self {
        self.0.push_str(&crate::i18n::decimal(value, 2, "."));
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag class>text</tag>`.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.open(tag, class).text(text).close(tag)
    }

    /// A link; `href` must be a checked http(s) URL. A link whose text is its address has
    /// the class `ecc-url` (print does not repeat its address after it).
    pub fn link(&mut self, href: &str, text: &str) -> &mut Self {
        self.0.push_str("<a href=\"");
        escape_into(&mut self.0, href);
        self.0.push_str(if href == text {
            "\" class=\"ecc-url\">"
        } else {
            "\">"
        });
        self.text(text).close("a")
    }

    /// "Source of these rules: <title, linked> (date)".
    pub fn source_line(&mut self, lead: &str, source: &crate::data::PresetSource) -> &mut Self {
        self.open("p", "").text(lead).text(" ");
        match &source.url {
            Some(url) => self.link(url, &source.title),
            None => self.text(&source.title),
        };
        if let Some(date) = &source.date {
            self.text(" (").text(date).text(")");
        }
        self.close("p")
    }

    /// ` name="value"`, escaped, inside an open tag being written with `raw`.
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        escape_into(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// `<table class><caption>…</caption>`. With `scroll` the table sits in a region that
    /// scrolls sideways on a narrow screen rather than the page (named by the caption, and
    /// focusable so that the keyboard can scroll it). Close with `end_table`.
    pub fn table(&mut self, class: &str, caption: &str, scroll: bool) -> &mut Self {
        if scroll {
            self.raw("<div class=\"ecc-scroll\" role=\"region\" tabindex=\"0\"")
                .attr("aria-label", caption)
                .raw(">");
        }
        self.open("table", class).element("caption", "", caption)
    }

    /// The header row, one column header per text (an empty text is an empty corner
    /// cell), and the start of the body.
    pub fn head(&mut self, columns: &[&str]) -> &mut Self {
        self.raw("<thead><tr>");
        for column in columns {
            if column.is_empty() {
                self.raw("<td></td>");
            } else {
                self.raw("<th scope=\"col\">").text(column).close("th");
            }
        }
        self.raw("</tr></thead><tbody>")
    }

    /// A row's header cell.
    pub fn row_header(&mut self, text: &str) -> &mut Self {
        self.raw("<th scope=\"row\">").text(text).close("th")
    }

    /// Closes what `table` opened.
    pub fn end_table(&mut self, scroll: bool) -> &mut Self {
        self.raw("</tbody></table>");
        if scroll {
            self.close("div");
        }
        self
    }

    /// A labelled `<select>` whose changes the widget's delegated handler reads by `act`
    /// (see `delegate`). Options are (value, text); `current` is selected.
    pub fn select(
        &mut self,
        id: &str,
        act: &Act,
        label: &str,
        current: &str,
        options: &[(&str, &str)],
    ) -> &mut Self {
        self.field(id, label, "")
            .raw("<select class=\"ecc-select\"");
        self.attr("id", id)
            .attr("data-act", &act.to_string())
            .raw(">");
        for &(value, text) in options {
            self.raw("<option").attr("value", value);
            if value == current {
                self.raw(" selected");
            }
            self.raw(">").text(text).close("option");
        }
        self.raw("</select></div>")
    }

    /// Opens `<div class="ecc-field">` (and `class`) with the label of the control `id`; the
    /// caller writes the control and closes the div.
    pub fn field(&mut self, id: &str, label: &str, class: &str) -> &mut Self {
        self.open("div", ["ecc-field ", class].concat().trim_end());
        self.raw("<label")
            .attr("for", id)
            .raw(">")
            .text(label)
            .close("label")
    }

    /// A `<select>` (see `select`) of items by index, the `active` one selected; while no
    /// item is active (weights or requirements of the visitor's own), a last option
    /// `custom` says so.
    pub fn choice(
        &mut self,
        (id, act, label): (&str, &Act, &str),
        items: &[&str],
        active: Option<usize>,
        custom: &str,
    ) -> &mut Self {
        let values: Vec<String> = (0..items.len()).map(|i| i.to_string()).collect();
        let mut options: Vec<(&str, &str)> = values
            .iter()
            .map(String::as_str)
            .zip(items.iter().copied())
            .collect();
        if active.is_none() {
            options.push(("custom", custom));
        }
        let current = active.map_or("custom", |i| values[i].as_str());
        self.select(id, act, label, current, &options)
    }

    /// A checkbox with its label, read by `act` (see `select`).
    pub fn checkbox(&mut self, id: &str, act: &Act, label: &str, checked: bool) -> &mut Self {
        self.raw("<div class=\"ecc-check\"><input type=\"checkbox\"");
        self.attr("id", id).attr("data-act", &act.to_string());
        if checked {
            self.raw(" checked");
        }
        self.raw("><label").attr("for", id).raw(">").text(label);
        self.raw("</label></div>")
    }

    /// A button, read by `act` (see `select`); `name` is its accessible name when the
    /// visible text is a symbol.
    pub fn button(
        &mut self,
        id: &str,
        act: &Act,
        text: &str,
        name: Option<&str>,
        disabled: bool,
    ) -> &mut Self {
        self.raw("<button type=\"button\" class=\"ecc-button\"");
        self.attr("id", id).attr("data-act", &act.to_string());
        if let Some(name) = name {
            self.attr("aria-label", name);
        }
        if disabled {
            self.raw(" disabled");
        }
        self.raw(">").text(text).close("button")
    }

    pub fn into_html(self) -> yew::Html {
        yew::Html::from_html_unchecked(self.0.into())
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Appends `text` with `& < > " '` escaped, safe in element content and quoted attributes.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut m = Markup::default();
        m.open("p", "a\"b").text("<script>&'").close("p");
        m.link("https://example.org/?a=1&b=\"2\"", "x<y");
        assert_eq!(
            m.as_str(),
            "<p class=\"a&quot;b\">&lt;script&gt;&amp;&#39;</p>\
             <a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">x&lt;y</a>"
        );
    }
}
