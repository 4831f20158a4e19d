//! A notice: a title and a list of points, optionally folded away.

use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// What the notice is about, in one sentence.
    pub title: AttrValue,
    /// The points, one per list item.
    #[prop_or_default]
    pub items: Rc<[AttrValue]>,
    /// When set, the items are folded in a `<details>` with this summary.
    #[prop_or_default]
    pub details: Option<AttrValue>,
    /// An error (the widget cannot go on) rather than a warning.
    #[prop_or_default]
    pub error: bool,
}

/// A message about the data or the link, with the exact places that are wrong.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let list = (!props.items.is_empty()).then(|| {
        html! { <ul>{ for props.items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ul> }
    });
    let body = match &props.details {
        Some(summary) => {
            html! { <details><summary>{ summary.clone() }</summary>{ list }</details> }
        }
        None => html! { <>{ list }</> },
    };
    let class = if props.error {
        "ecc-notice ecc-notice--error"
    } else {
        "ecc-notice"
    };
    html! {
        <div class={class} role={if props.error { "alert" } else { "note" }}>
            <p class="ecc-notice-title">{ props.title.clone() }</p>
            { body }
        </div>
    }
}
