//! The message catalogue: every text a visitor reads comes from here.
//!
//! English is built in and is the fallback for every message. Another language is a JSON
//! object from message id to text (`Catalogue::from_json`), so a language can be loaded on
//! demand without touching the components. `{name}` in a message is a placeholder.
//!
//! The widget's messages are `Msg`; the report's (`crate::report`, a module loaded on
//! demand) are `ReportMsg`, so that their English texts ship only with the report.

mod choices;
mod english;
mod number;
mod problems;
mod report_messages;

pub use english::Msg;
pub use number::{decimal, plain};
pub use report_messages::ReportMsg;

use std::borrow::Cow;
use std::fmt::Display;
use std::rc::Rc;

/// The messages of one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    lang: String,
    messages: Vec<Cow<'static, str>>,
    /// The report's translated messages; empty, or one per `ReportMsg` (English where a
    /// translation lacks one).
    report: Vec<Cow<'static, str>>,
}

/// A message of either kind, looked up in a catalogue.
pub trait Message: Copy {
    fn text_in(self, catalogue: &Catalogue) -> &str;
}

impl Message for Msg {
    fn text_in(self, catalogue: &Catalogue) -> &str {
        &catalogue.messages[self as usize]
    }
}

impl Message for ReportMsg {
    fn text_in(self, catalogue: &Catalogue) -> &str {
        catalogue
            .report
            .get(self as usize)
            .map_or(self.english(), |text| text)
    }
}

/// The catalogue as components receive it in their props: shared, and compared by
/// identity, so checking whether props changed never compares every message.
/// (A prop rather than a yew context: the context machinery measured 2.3 KB brotli.)
#[derive(Debug, Clone)]
pub struct I18n(Rc<Catalogue>);

impl I18n {
    pub fn new(catalogue: Catalogue) -> I18n {
        I18n(Rc::new(catalogue))
    }

    pub fn english() -> I18n {
        I18n::new(Catalogue::english())
    }
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for I18n {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        &self.0
    }
}

impl Catalogue {
    pub fn english() -> Catalogue {
        Catalogue {
            lang: "en".into(),
            messages: Msg::ALL
                .iter()
                .map(|m| Cow::Borrowed(m.english()))
                .collect(),
            report: Vec::new(),
        }
    }

    /// A catalogue from a JSON object of message ids to texts; a message the object lacks
    /// stays English. Returns the ids it did not know, so a translator can fix them.
    pub fn from_json(lang: &str, json: &str) -> Result<(Catalogue, Vec<String>), String> {
        use crate::data::json::{tree, Value};
        let texts = match tree(json) {
            Ok(Value::Object(texts)) => texts,
            Ok(_) => {
                return Err("a translation file is a JSON object of message ids to texts".into())
            }
            Err((line, column)) => return Err(format!("not JSON (line {line}, column {column})")),
        };
        let mut catalogue = Catalogue::english();
        catalogue.lang = lang.into();
        let mut unknown = Vec::new();
        catalogue.report = ReportMsg::ALL
            .iter()
            .map(|m| Cow::Borrowed(m.english()))
            .collect();
        for (id, text) in texts.0 {
            let widget = Msg::ALL.iter().position(|m| m.id() == id);
            let report = ReportMsg::ALL.iter().position(|m| m.id() == id);
            match (widget, report, text) {
                (Some(i), _, Value::String(text)) => catalogue.messages[i] = Cow::Owned(text),
                (_, Some(i), Value::String(text)) => catalogue.report[i] = Cow::Owned(text),
                _ => unknown.push(id),
            }
        }
        let order = crate::order::sorted(unknown.len(), &|a, b| unknown[a].cmp(&unknown[b]));
        let unknown = order.into_iter().map(|i| unknown[i].clone()).collect();
        Ok((catalogue, unknown))
    }

    /// The language code, as used for `lang` attributes and for text in the data file.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether these are messages in the language of BCP 47 tag `tag` (its primary
    /// subtag: `en-GB` is English).
    pub fn speaks(&self, tag: &str) -> bool {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        primary.eq_ignore_ascii_case(&self.lang)
    }

    pub fn text(&self, msg: impl Message) -> &str {
        msg.text_in(self)
    }

    /// The message with each `{name}` replaced by its value; an unknown `{name}` is kept.
    pub fn format(&self, msg: impl Message, args: &[(&str, &dyn Display)]) -> String {
        use std::fmt::Write;
        let template = self.text(msg);
        let mut out = String::with_capacity(template.len() + 16);
        // Split at braces rather than slice at byte offsets: no index arithmetic to get wrong.
        let mut parts = template.split('{');
        out.push_str(parts.next().unwrap_or(""));
        for part in parts {
            match part.split_once('}') {
                Some((name, after)) => {
                    match args.iter().find(|(n, _)| *n == name) {
                        Some((_, value)) => {
                            let _ = write!(out, "{value}");
                        }
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    out.push_str(after);
                }
                None => {
                    out.push('{');
                    out.push_str(part);
                }
            }
        }
        out
    }

    /// A score 0-100 with two decimals, as this language writes numbers.
    pub fn score(&self, score: f64) -> String {
        decimal(score, 2, self.text(Msg::DecimalSeparator))
    }

    /// A share 0-1 as a whole number of percent, as this language writes numbers.
    pub fn percent(&self, share: f64) -> String {
        decimal(share * 100.0, 0, self.text(Msg::DecimalSeparator))
    }

    /// What a score's missing values leave open, as a ranking row words it ("range
    /// 21.67–46.67, 53 % of the weight known"); `None` when no weighted value is missing.
    pub fn score_range(&self, bounds: &crate::engine::Bounds) -> Option<String> {
        (bounds.known < 1.0).then(|| {
            self.format(
                Msg::ScoreRange,
                &[
                    ("low", &self.score(bounds.low)),
                    ("high", &self.score(bounds.high)),
                    ("known", &self.percent(bounds.known)),
                ],
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_spoken_by_its_primary_subtag() {
        let english = Catalogue::english();
        for tag in ["en", "EN", "en-GB", "en_IE"] {
            assert!(english.speaks(tag), "{tag}");
        }
        for tag in ["fr", "eng", "", "de-en"] {
            assert!(!english.speaks(tag), "{tag}");
        }
    }

    #[test]
    fn every_message_has_a_unique_id_and_english_text() {
        let mut ids: Vec<&str> = Msg::ALL.iter().map(|m| m.id()).collect();
        ids.extend(ReportMsg::ALL.iter().map(|m| m.id()));
        assert!(Msg::ALL.iter().all(|m| !m.english().is_empty()));
        assert!(ReportMsg::ALL.iter().all(|m| !m.english().is_empty()));
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Msg::ALL.len() + ReportMsg::ALL.len());
        for (index, msg) in Msg::ALL.iter().enumerate() {
            assert_eq!(*msg as usize, index);
        }
        for (index, msg) in ReportMsg::ALL.iter().enumerate() {
            assert_eq!(*msg as usize, index);
        }
    }

    #[test]
    fn formats_placeholders_and_leaves_unknown_ones() {
        let en = Catalogue::english();
        let text = en.format(Msg::DecreaseWeight, &[("criterion", &"Strategic")]);
        assert_eq!(text, "Decrease the weight of Strategic");
        let kept = en.format(Msg::DecreaseWeight, &[]);
        assert!(kept.contains("{criterion}"), "{kept}");
    }

    #[test]
    fn loads_a_language_with_english_fallback() {
        let (fr, unknown) = Catalogue::from_json(
            "fr",
            r#"{"decimal-separator": ",", "retry": "Réessayer", "no-such-message": "x",
                "csv-title": "Classement EuroCloud Compare"}"#,
        )
        .unwrap();
        assert_eq!(fr.lang(), "fr");
        assert_eq!(fr.text(ReportMsg::CsvTitle), "Classement EuroCloud Compare");
        assert_eq!(
            fr.text(ReportMsg::CsvRank),
            Catalogue::english().text(ReportMsg::CsvRank)
        );
        assert_eq!(fr.text(Msg::Retry), "Réessayer");
        assert_eq!(
            fr.text(Msg::Loading),
            Catalogue::english().text(Msg::Loading)
        );
        assert_eq!(fr.score(72.5), "72,50");
        assert_eq!(unknown, vec!["no-such-message".to_string()]);
        assert!(Catalogue::from_json("fr", "[1]").is_err());
    }
}
