//! What the requirements did: the providers set apart and why, what to relax when none is
//! left, and a warning when setting providers apart changed the others' scores.

use crate::data::Dataset;
use crate::engine::screen::{self, Exclusion};
use crate::engine::Method;
use crate::i18n::{I18n, Msg};
use crate::markup::Markup;
use yew::Html;

/// The notes and the list of providers not ranked, as escaped markup; empty when every
/// provider is ranked.
pub fn screening(
    i18n: &I18n,
    dataset: &Dataset,
    excluded: &[(usize, Vec<Exclusion>)],
    method: Method,
    none_left: bool,
) -> Html {
    let mut m = Markup::default();
    if excluded.is_empty() {
        return m.into_html();
    }
    if none_left {
        if let Some((reason, count)) = screen::most_excluding(excluded) {
            let requirement = i18n.exclusion_filter(dataset, &reason);
            let text = i18n.format(
                Msg::NoneEligible,
                &[("requirement", &requirement), ("count", &count)],
            );
            m.raw("<p class=\"ecc-notice ecc-empty\" role=\"status\">")
                .text(&text)
                .close("p");
        }
    } else if method.is_relative() {
        m.element(
            "p",
            "ecc-notice ecc-relative",
            i18n.text(Msg::TopsisRelative),
        );
    }
    m.open("section", "ecc-excluded");
    m.element(
        "h3",
        "",
        &i18n.format(Msg::ExcludedHeading, &[("count", &excluded.len())]),
    );
    m.open("ul", "ecc-list");
    for (provider, reasons) in excluded {
        let p = &dataset.providers[*provider];
        let class = if screen::only_missing(p, reasons) {
            "ecc-only-missing"
        } else {
            ""
        };
        m.open("li", class)
            .element("strong", "", &p.name)
            .text(": ")
            .text(&i18n.reasons(dataset, *provider, reasons))
            .close("li");
    }
    m.close("ul").close("section");
    m.into_html()
}
