//! Where the data comes from and how to contest it.

use crate::data::contact_link;
use crate::i18n::{I18n, Msg};
use crate::state::DatasetHandle;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DatasetInfoProps {
    /// The messages to show.
    pub i18n: I18n,
    pub dataset: DatasetHandle,
}

/// The dataset's methodology (folded), title, version and date, and the contact for
/// contesting a value.
#[component]
pub fn DatasetInfo(props: &DatasetInfoProps) -> Html {
    let i18n = &props.i18n;
    let meta = &props.dataset.meta;
    let date = meta.last_updated.map(|d| d.to_string()).unwrap_or_default();
    let title = meta.title.get(i18n.lang());
    let contact = match contact_link(&meta.contact) {
        Some(url) => html! { <a href={url.to_owned()}>{ &meta.contact }</a> },
        None => html! { &meta.contact },
    };
    // The methodology comes from the data file, so a portal publishing its own data
    // publishes its own method with it. Each line is a paragraph.
    let methodology = meta.methodology.as_ref().map(|text| {
        let paragraphs = text
            .get(i18n.lang())
            .lines()
            .filter(|p| !p.trim().is_empty())
            .map(|p| html! { <p>{ p.trim() }</p> });
        html! {
            <details class="ecc-methodology">
                <summary>{ i18n.text(Msg::MethodologyHeading) }</summary>
                { for paragraphs }
            </details>
        }
    });
    html! {
        <footer class="ecc-dataset">
            { methodology }
            <p>{ i18n.format(Msg::DatasetInfo, &[("title", &title), ("version", &meta.version), ("date", &date)]) }</p>
            <p>{ i18n.text(Msg::ContestValue) }{ " " }{ contact }</p>
            <p>{ i18n.text(Msg::DataNotice) }</p>
        </footer>
    }
}
