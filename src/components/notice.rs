//! A notice: a title and a list of points, optionally folded away (read-only text,
//! written as escaped markup); and a failure with "Try again".

use crate::markup::Markup;
use std::rc::Rc;
use yew::prelude::*;

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

/// A failure's props.
#[derive(Properties, PartialEq)]
pub struct FailureProps {
    /// What failed, and why: one paragraph each.
    pub lines: Rc<[String]>,
    /// The button's text ("Try again") and id.
    pub retry: AttrValue,
    pub id: AttrValue,
    pub on_retry: Callback<()>,
}

/// A download that failed, as an alert, with "Try again".
#[component]
pub fn Failure(props: &FailureProps) -> Html {
    html! {
        <div class="ecc-notice ecc-notice--error" role="alert">
            { for props.lines.iter().map(|line| html! { <p>{ line }</p> }) }
            <button type="button" class="ecc-button" id={props.id.clone()}
                onclick={props.on_retry.reform(|_: MouseEvent| ())}>{ &props.retry }</button>
        </div>
    }
}
