//! A notice: a title and a list of points, optionally folded away.

use crate::markup::Markup;

/// A message about the data or the link, with the exact places that are wrong. `details`
/// folds the points in a `<details>` with that summary; `error` is for a widget that
/// cannot go on (`role="alert"`), otherwise it is a note.
pub fn notice(m: &mut Markup, title: &str, details: Option<&str>, items: &[String], error: bool) {
    if error {
        m.raw("<div class=\"ecc-notice ecc-notice--error\" role=\"alert\">");
    } else {
        m.raw("<div class=\"ecc-notice\" role=\"note\">");
    }
    m.element("p", "ecc-notice-title", title);
    if let Some(summary) = details {
        m.open("details", "").element("summary", "", summary);
    }
    if !items.is_empty() {
        m.open("ul", "");
        for item in items {
            m.element("li", "", item);
        }
        m.close("ul");
    }
    if details.is_some() {
        m.close("details");
    }
    m.close("div");
}

/// A download that failed: what failed and why, as an alert, with "Try again" (a button
/// with this id and act, see `choice`).
pub fn failure(m: &mut Markup, lines: &[&str], retry: &str, (id, act): (&str, &str)) {
    m.raw("<div class=\"ecc-notice ecc-notice--error\" role=\"alert\">");
    for line in lines {
        m.element("p", "", line);
    }
    m.button(id, act, retry, None, false).close("div");
}
