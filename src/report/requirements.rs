//! The requirements panel: a national profile, minimum levels per framework objective,
//! certifications and ownership filters, as markup controls the widget reads (see
//! `components::requirements::action`, which turns their acts into state actions).

use crate::data::{Dataset, Filters, Flag, Scheme};
use crate::i18n::{plain, I18n, Msg, ReportMsg};
use crate::markup::Markup;
use crate::protocol::{Act, ElementId};

/// Every requirement control, and the chosen profile's description and source.
pub fn requirements(
    m: &mut Markup,
    i18n: &I18n,
    dataset: &Dataset,
    filters: &Filters,
    active: Option<usize>,
    prefix: &str,
) {
    let lang = i18n.lang();
    m.element("p", "ecc-hint", i18n.text(ReportMsg::FiltersHelp));
    if !dataset.profiles.is_empty() {
        // "Your own requirements" shows only while no profile matches, as for presets.
        let labels: Vec<&str> = dataset.profiles.iter().map(|p| p.label.get(lang)).collect();
        let id = ElementId::Profile.at(prefix);
        let label = i18n.text(ReportMsg::ProfileLabel);
        let custom = i18n.text(ReportMsg::ProfileCustom);
        m.choice((&id, &Act::Profile, label), &labels, active, custom);
        if let Some(p) = active.and_then(|i| dataset.profiles.get(i)) {
            m.open("div", "ecc-hint")
                .element("p", "", p.description.get(lang));
            m.source_line(i18n.text(ReportMsg::ProfileSource), &p.source);
            m.close("div");
        }
    }

    m.open("fieldset", "ecc-group")
        .element("legend", "", i18n.text(ReportMsg::GatesLegend));
    for (i, c) in dataset.criteria.iter().enumerate() {
        if !dataset.in_framework(i) || c.scale.levels.is_empty() {
            continue;
        }
        let values: Vec<String> = c.scale.levels.iter().map(|l| plain(l.value)).collect();
        let mut options = vec![("0", i18n.text(ReportMsg::GateNone))];
        for (l, v) in c.scale.levels.iter().zip(&values) {
            if l.value >= 1.0 {
                options.push((v.as_str(), l.label.get(lang)));
            }
        }
        let current = filters.gate(i).to_string();
        let (id, act) = (ElementId::Gate(&c.id).at(prefix), Act::Gate(i));
        m.select(&id, &act, c.label.get(lang), &current, &options);
    }
    m.close("fieldset");

    m.open("fieldset", "ecc-group")
        .element("legend", "", i18n.text(ReportMsg::CertLegend));
    for scheme in Scheme::ALL {
        let current = filters
            .required
            .iter()
            .find(|r| r.scheme == scheme)
            .map_or("none", |r| r.status.unwrap_or("any"));
        let texts: Vec<String> = scheme
            .statuses()
            .iter()
            .map(|s| i18n.format(Msg::CertAtLeast, &[("status", &i18n.status(s))]))
            .collect();
        let mut options = vec![
            ("none", i18n.text(ReportMsg::CertNotRequired)),
            ("any", i18n.text(ReportMsg::CertAny)),
        ];
        for (status, text) in scheme.statuses().iter().zip(&texts) {
            options.push((status, text.as_str()));
        }
        let id = ElementId::Certification(scheme).at(prefix);
        let act = Act::Certification(scheme);
        m.select(&id, &act, scheme.name(), current, &options);
    }
    m.close("fieldset");

    m.open("fieldset", "ecc-group")
        .element("legend", "", i18n.text(ReportMsg::OtherLegend));
    for flag in Flag::ALL {
        let (id, act) = (ElementId::Flag(flag).at(prefix), Act::Flag(flag));
        m.checkbox(&id, &act, i18n.flag(flag), filters.flag(flag));
    }
    m.close("fieldset");
    let clear = i18n.text(ReportMsg::ClearFilters);
    let id = ElementId::ClearFilters.at(prefix);
    m.button(&id, &Act::ClearFilters, clear, None, false);
}
