//! Screening: which providers meet the visitor's filters, and why each other one does not.
//!
//! Providers that fail are never silently dropped: each comes back with every reason it
//! fails, so the widget can list them apart.

use crate::data::{Dataset, Filters, Provider, Requirement};

/// The EU member states, as ISO 3166-1 alpha-2 codes (Greece as `GR`, its ISO code).
pub const EU_MEMBERS: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Whether `country` (ISO alpha-2, any case) is an EU member state.
pub fn is_eu(country: &str) -> bool {
    EU_MEMBERS
        .iter()
        .any(|member| member.eq_ignore_ascii_case(country))
}

/// One reason a provider fails the filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    /// Below the minimum for a criterion (or no sourced value): the criterion's index and
    /// the minimum. The provider's value is in the dataset.
    BelowGate { criterion: usize, minimum: u8 },
    /// Lacks a required certification, or holds it at a weaker status.
    Uncertified(Requirement),
    /// Headquarters outside the EU.
    HeadquartersOutsideEu,
    /// A parent company outside the EU, or of unknown country.
    ParentOutsideEu,
    /// A non-EU reference provider, hidden by the visitor.
    Reference,
}

/// Whether `reasons` set a provider apart only because values are missing: every one is a
/// minimum level on a criterion it has no value for (documented at that level, it would
/// pass).
pub fn only_missing(provider: &Provider, reasons: &[Exclusion]) -> bool {
    !reasons.is_empty()
        && reasons.iter().all(|r| {
            matches!(r, Exclusion::BelowGate { criterion, .. }
                if provider.values[*criterion].value.is_none())
        })
}

/// Every reason `provider` fails `filters`; empty when it passes.
pub fn reasons(dataset: &Dataset, filters: &Filters, provider: &Provider) -> Vec<Exclusion> {
    let mut reasons: Vec<Exclusion> = (0..dataset.criteria.len())
        .filter(|&criterion| {
            let minimum = filters.gate(criterion);
            minimum > 0
                && provider.values[criterion]
                    .value
                    .is_none_or(|v| v < f64::from(minimum))
        })
        .map(|criterion| Exclusion::BelowGate {
            criterion,
            minimum: filters.gate(criterion),
        })
        .collect();
    reasons.extend(
        filters
            .required
            .iter()
            .filter(|r| !meets(provider, r))
            .map(|r| Exclusion::Uncertified(*r)),
    );
    let flags = [
        (
            filters.eu_headquarters && !is_eu(&provider.country),
            Exclusion::HeadquartersOutsideEu,
        ),
        (
            filters.eu_parent && !provider.owner.country.as_deref().is_some_and(is_eu),
            Exclusion::ParentOutsideEu,
        ),
        (
            filters.hide_references && provider.reference,
            Exclusion::Reference,
        ),
    ];
    reasons.extend(
        flags
            .into_iter()
            .filter(|(fails, _)| *fails)
            .map(|(_, r)| r),
    );
    reasons
}

/// Whether `provider` holds `requirement`'s scheme at its status or a stronger one.
pub fn meets(provider: &Provider, requirement: &Requirement) -> bool {
    let statuses = requirement.scheme.statuses();
    let strength =
        |status: Option<&str>| status.and_then(|s| statuses.iter().position(|k| *k == s));
    let least = strength(requirement.status);
    provider
        .certifications
        .iter()
        .filter(|c| c.scheme == requirement.scheme)
        .any(|c| least.is_none() || strength(c.status) >= least)
}

/// The result of screening a dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Screened {
    /// The dataset indexes of the providers that pass, in the dataset's order.
    pub members: Vec<usize>,
    /// Those that fail, in the dataset's order, each with every reason.
    pub excluded: Vec<(usize, Vec<Exclusion>)>,
}

/// Screens every provider of `dataset`.
pub fn screen(dataset: &Dataset, filters: &Filters) -> Screened {
    let mut screened = Screened {
        members: Vec::new(),
        excluded: Vec::new(),
    };
    for (index, provider) in dataset.providers.iter().enumerate() {
        let reasons = reasons(dataset, filters, provider);
        if reasons.is_empty() {
            screened.members.push(index);
        } else {
            screened.excluded.push((index, reasons));
        }
    }
    screened
}

/// The reason that sets the most providers apart, and how many: the requirement to relax
/// first when none is left (the first one found, if several tie).
pub fn most_excluding(excluded: &[(usize, Vec<Exclusion>)]) -> Option<(Exclusion, usize)> {
    let mut counts: Vec<(Exclusion, usize)> = Vec::new();
    for reason in excluded.iter().flat_map(|(_, reasons)| reasons) {
        match counts.iter_mut().find(|(r, _)| r == reason) {
            Some((_, n)) => *n += 1,
            None => counts.push((*reason, 1)),
        }
    }
    // Backwards, so that `max_by_key` (which keeps the last of equals) keeps the first.
    counts.into_iter().rev().max_by_key(|(_, n)| *n)
}

/// The dataset restricted to `members` (dataset indexes), for the methods whose scores
/// depend on which providers are compared.
pub fn restrict(dataset: &Dataset, members: &[usize]) -> Dataset {
    Dataset {
        meta: dataset.meta.clone(),
        groups: dataset.groups.clone(),
        criteria: dataset.criteria.clone(),
        presets: dataset.presets.clone(),
        default_preset: dataset.default_preset,
        profiles: dataset.profiles.clone(),
        providers: members
            .iter()
            .map(|&i| dataset.providers[i].clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Certification, Scheme};

    #[test]
    fn a_stronger_status_meets_a_weaker_requirement_and_not_the_reverse() {
        let holding = |scheme, status| Certification {
            scheme,
            status,
            scope: String::new(),
            sources: Vec::new(),
        };
        let c5 = |status| Requirement {
            scheme: Scheme::BsiC5,
            status,
        };
        let provider = |certifications| Provider {
            id: "p".into(),
            name: "P".into(),
            country: "DE".into(),
            website: String::new(),
            owner: crate::data::Owner {
                name: "O".into(),
                country: None,
            },
            reference: false,
            sources: Vec::new(),
            listed: None,
            certifications,
            tender_2026: None,
            incidents: Vec::new(),
            values: Vec::new(),
        };
        let type_2 = provider(vec![holding(Scheme::BsiC5, Some("type-2"))]);
        let type_1 = provider(vec![holding(Scheme::BsiC5, Some("type-1"))]);
        let none = provider(vec![holding(Scheme::Iso27001, None)]);
        assert!(meets(&type_2, &c5(Some("type-1"))));
        assert!(meets(&type_2, &c5(Some("type-2"))));
        assert!(meets(&type_1, &c5(None)));
        assert!(!meets(&type_1, &c5(Some("type-2"))));
        assert!(!meets(&none, &c5(None)));
        assert!(is_eu("de") && is_eu("FR") && !is_eu("CH") && !is_eu("US"));
    }

    #[test]
    fn the_requirement_to_relax_is_the_one_that_sets_most_apart() {
        let gate = Exclusion::BelowGate {
            criterion: 4,
            minimum: 2,
        };
        let excluded = vec![
            (0, vec![Exclusion::Reference, gate]),
            (1, vec![gate]),
            (2, vec![Exclusion::HeadquartersOutsideEu]),
        ];
        assert_eq!(most_excluding(&excluded), Some((gate, 2)));
        let tie = vec![(0, vec![Exclusion::Reference]), (1, vec![gate])];
        assert_eq!(most_excluding(&tie), Some((Exclusion::Reference, 1)));
        assert_eq!(most_excluding(&[]), None);
    }
}
