//! Where the data comes from, how it is used, and how to contest it.
//!
//! Read-only text and links, so it is written as escaped markup (see `markup`) by a plain
//! function rather than a component: that measured smaller in the bundle, whose budget
//! the provider details needed.

use crate::data::{contact_link, Dataset};
use crate::i18n::{I18n, Msg};
use crate::markup::Markup;
use yew::Html;

/// The dataset's methodology (folded), title, version and date, and the contact for
/// contesting a value.
pub fn dataset_info(i18n: &I18n, dataset: &Dataset) -> Html {
    let meta = &dataset.meta;
    let lang = i18n.lang();
    let mut m = Markup::default();
    m.open("footer", "ecc-dataset");
    // The methodology comes from the data file, so a portal publishing its own data
    // publishes its own method with it. Each line is a paragraph.
    if let Some(methodology) = &meta.methodology {
        m.open("details", "ecc-methodology").element(
            "summary",
            "",
            i18n.text(Msg::MethodologyHeading),
        );
        for paragraph in methodology
            .get(lang)
            .lines()
            .filter(|p| !p.trim().is_empty())
        {
            m.element("p", "", paragraph.trim());
        }
        m.close("details");
    }
    let date = meta.last_updated.map(|d| d.to_string()).unwrap_or_default();
    let title = meta.title.get(lang);
    let info = i18n.format(
        Msg::DatasetInfo,
        &[
            ("title", &title),
            ("version", &meta.version),
            ("date", &date),
        ],
    );
    m.element("p", "", &info);
    contest(&mut m, i18n, &meta.contact, "");
    m.element("p", "", i18n.text(Msg::DataNotice));
    m.close("footer");
    m.into_html()
}

/// "To contest a value:" and the dataset's contact, linked when it is a web or mail address.
pub fn contest(m: &mut Markup, i18n: &I18n, contact: &str, class: &str) {
    m.open("p", class)
        .text(i18n.text(Msg::ContestValue))
        .text(" ");
    match contact_link(contact) {
        Some(url) => m.link(url, contact),
        None => m.text(contact),
    };
    m.close("p");
}
