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

/// The dataset's title, version and date, and the contact for contesting a value.
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
    html! {
        <footer class="ecc-dataset">
            <p>{ i18n.format(Msg::DatasetInfo, &[("title", &title), ("version", &meta.version), ("date", &date)]) }</p>
            <p>{ i18n.text(Msg::ContestValue) }{ " " }{ contact }</p>
            <p>{ i18n.text(Msg::DataNotice) }</p>
        </footer>
    }
}
