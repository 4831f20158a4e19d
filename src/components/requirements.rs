//! The method select, and the acts of the requirements panel (a national profile, minimum
//! levels, certifications, ownership filters), which the report module draws
//! (`crate::report`) and whose acts `action` turns into state actions.

use crate::data::{Filters, Flag, Requirement, Scheme};
use crate::engine::Method;
use crate::i18n::{I18n, Msg};
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
