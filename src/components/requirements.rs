//! The requirements a provider must meet to be ranked: a national profile, minimum levels
//! per framework objective, certifications, and ownership filters. Markup controls read by
//! the delegated handler (see `choice`), whose acts `action` turns into state actions.

use super::preset_picker::source_line;
use crate::data::{Dataset, Filters, Flag, Requirement, Scheme};
use crate::engine::Method;
use crate::i18n::{plain, I18n, Msg};
use crate::markup::Markup;
use crate::state::Action;

/// The method select, with a line about the chosen method.
pub fn method_controls(m: &mut Markup, i18n: &I18n, method: Method, prefix: &str) {
    let mut options = Vec::with_capacity(Method::ALL.len());
    for m in Method::ALL {
        options.push((m.id(), i18n.method(m).0));
    }
    m.select(
        &[prefix, "-method"].concat(),
        "method",
        i18n.text(Msg::MethodLabel),
        method.id(),
        &options,
    );
    m.element("p", "ecc-hint", i18n.method(method).1);
}

/// How many requirements are set.
pub fn count(filters: &Filters) -> usize {
    filters.gates.iter().filter(|&&g| g > 0).count()
        + filters.required.len()
        + Flag::ALL.iter().filter(|f| filters.flag(**f)).count()
}

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
    m.element("p", "ecc-hint", i18n.text(Msg::FiltersHelp));
    if !dataset.profiles.is_empty() {
        let ids: Vec<String> = (0..dataset.profiles.len()).map(|i| i.to_string()).collect();
        let mut options = Vec::with_capacity(ids.len() + 1);
        // "Your own requirements" shows only while no profile matches, as for presets.
        if active.is_none() {
            options.push(("custom", i18n.text(Msg::ProfileCustom)));
        }
        for (p, id) in dataset.profiles.iter().zip(&ids) {
            options.push((id.as_str(), p.label.get(lang)));
        }
        let current = active.map_or("custom", |i| ids[i].as_str());
        let label = i18n.text(Msg::ProfileLabel);
        m.select(
            &[prefix, "-profile"].concat(),
            "profile",
            label,
            current,
            &options,
        );
        if let Some(p) = active.and_then(|i| dataset.profiles.get(i)) {
            m.open("div", "ecc-hint")
                .element("p", "", p.description.get(lang));
            source_line(m, i18n.text(Msg::ProfileSource), &p.source);
            m.close("div");
        }
    }

    m.open("fieldset", "ecc-group")
        .element("legend", "", i18n.text(Msg::GatesLegend));
    for (i, c) in dataset.criteria.iter().enumerate() {
        if !dataset.in_framework(i) || c.scale.levels.is_empty() {
            continue;
        }
        let values: Vec<String> = c.scale.levels.iter().map(|l| plain(l.value)).collect();
        let mut options = vec![("0", i18n.text(Msg::GateNone))];
        for (l, v) in c.scale.levels.iter().zip(&values) {
            if l.value >= 1.0 {
                options.push((v.as_str(), l.label.get(lang)));
            }
        }
        let current = filters.gate(i).to_string();
        let (id, act) = ([prefix, "-gate-", &c.id].concat(), format!("gate:{i}"));
        m.select(&id, &act, c.label.get(lang), &current, &options);
    }
    m.close("fieldset");

    m.open("fieldset", "ecc-group")
        .element("legend", "", i18n.text(Msg::CertLegend));
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
            ("none", i18n.text(Msg::CertNotRequired)),
            ("any", i18n.text(Msg::CertAny)),
        ];
        for (status, text) in scheme.statuses().iter().zip(&texts) {
            options.push((status, text.as_str()));
        }
        let id = [prefix, "-cert-", scheme.id()].concat();
        let act = ["cert:", scheme.id()].concat();
        m.select(&id, &act, scheme.name(), current, &options);
    }
    m.close("fieldset");

    m.open("fieldset", "ecc-group")
        .element("legend", "", i18n.text(Msg::OtherLegend));
    for flag in Flag::ALL {
        let (id, act) = (
            [prefix, "-flag-", flag.id()].concat(),
            ["flag:", flag.id()].concat(),
        );
        m.checkbox(&id, &act, i18n.flag(flag), filters.flag(flag));
    }
    m.close("fieldset");
    let clear = i18n.text(Msg::ClearFilters);
    m.button(&[prefix, "-clear"].concat(), "clear", clear, None, false);
}

/// The state action a requirement or method control asks for.
pub fn action(act: &str, value: &str) -> Option<Action> {
    let (kind, key) = act.split_once(':').unwrap_or((act, ""));
    Some(match kind {
        "method" => Action::SetMethod(Method::ALL.into_iter().find(|m| m.id() == value)?),
        "profile" => Action::ApplyProfile(value.parse().ok()?),
        "gate" => Action::SetGate {
            criterion: key.parse().ok()?,
            minimum: value.parse().ok()?,
        },
        "cert" => {
            let scheme = Scheme::ALL.into_iter().find(|s| s.id() == key)?;
            let requirement = match value {
                "none" => None,
                "any" => Some(Requirement {
                    scheme,
                    status: None,
                }),
                given => Some(Requirement {
                    scheme,
                    status: Some(*scheme.statuses().iter().find(|s| **s == given)?),
                }),
            };
            Action::SetRequirement {
                scheme,
                requirement,
            }
        }
        "flag" => Action::SetFlag {
            flag: Flag::ALL.into_iter().find(|f| f.id() == key)?,
            on: value == "true",
        },
        "clear" => Action::ClearFilters,
        _ => return None,
    })
}
