//! Checks for whoever maintains a data file, beyond what the widget needs to load it:
//! every value justified, every rubric level described, and which values are old.

use super::{Dataset, Loaded, Source, SourceDate, SourceKind};
use std::fmt;

/// A rule of the bundled data that a loadable file may still break.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// A value without the note that justifies it.
    Unjustified { provider: String, criterion: String },
    /// A whole-number point of a named scale without a level, or a level without a description.
    UndescribedLevel { criterion: String, value: i64 },
    /// A fact (`field` of the provider: `values.sov-3`, `certifications[0]`, ...) with a
    /// source that does not say what kind of source it is.
    SourceWithoutKind { provider: String, field: String },
    /// A fact whose every source is of a kind never used alone (`SourceKind::usable_alone`).
    RefusedKindOnly { provider: String, field: String },
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::Unjustified {
                provider,
                criterion,
            } => write!(
                f,
                "{provider}.{criterion}: the value has no note justifying it"
            ),
            Finding::UndescribedLevel { criterion, value } => {
                write!(f, "{criterion}: the rubric does not describe level {value}")
            }
            Finding::SourceWithoutKind { provider, field } => write!(
                f,
                "{provider}.{field}: a source does not say its kind (provider, register, \
                 press, assessment, ai-summary, repost, harvest or moving-branch)"
            ),
            Finding::RefusedKindOnly { provider, field } => write!(
                f,
                "{provider}.{field}: rests only on sources never used alone (an AI \
                 summary, a repost, a harvest or a file on a moving branch)"
            ),
        }
    }
}

/// Reads a data file by the bundled data's rules: `Ok` with the file and every reason it
/// falls short of them (the reader's warnings, then the findings), in English; `Err` with
/// the problems when it cannot be read at all. A file may be bundled when `Ok` has no
/// reason. `check-data` and `publish` both judge by it.
pub fn strictly(text: &str, today: SourceDate, max_months: i32) -> Result<Strict, Vec<String>> {
    let english = crate::i18n::Catalogue::english();
    let loaded = super::parse(text).map_err(|problems| {
        problems
            .iter()
            .map(|p| english.data_problem(p))
            .collect::<Vec<_>>()
    })?;
    let (findings, stale) = audit(&loaded.dataset, today, max_months);
    let assessment_only = assessment_only(&loaded.dataset);
    let errors = loaded
        .warnings
        .iter()
        .map(|p| english.data_problem(p))
        .chain(findings.iter().map(Finding::to_string))
        .collect();
    Ok(Strict {
        loaded,
        errors,
        stale,
        assessment_only,
    })
}

/// A file read by the bundled data's rules (`strictly`).
pub struct Strict {
    pub loaded: Loaded,
    /// Why it may not be bundled; empty when it may.
    pub errors: Vec<String>,
    pub stale: Vec<StaleValue>,
    /// The facts that rest only on third-party assessments (`provider.field`): allowed,
    /// and listed so that a maintainer looks for the provider's own or a register's word.
    pub assessment_only: Vec<String>,
}

/// Every sourced fact of every provider, as (provider id, field, sources): identity,
/// listing, tender, each certification, each incident and each value.
fn every_fact(dataset: &Dataset) -> Vec<(&str, String, &[Source])> {
    let mut facts: Vec<(&str, String, &[Source])> = Vec::new();
    for p in &dataset.providers {
        let id = p.id.as_str();
        facts.push((id, "sources".into(), &p.sources));
        if let Some(listed) = &p.listed {
            facts.push((id, "listed".into(), &listed.sources));
        }
        if let Some(tender) = &p.tender_2026 {
            facts.push((id, "tender_2026".into(), &tender.sources));
        }
        for (i, c) in p.certifications.iter().enumerate() {
            facts.push((id, format!("certifications[{i}]"), &c.sources));
        }
        for (i, incident) in p.incidents.iter().enumerate() {
            facts.push((id, format!("incidents[{i}]"), &incident.sources));
        }
        for (c, cell) in dataset.criteria.iter().zip(&p.values) {
            facts.push((id, ["values.", &c.id].concat(), &cell.sources));
        }
    }
    facts
}

/// Whether a fact has sources and every one is of a kind that `holds`.
fn only(sources: &[Source], holds: impl Fn(SourceKind) -> bool) -> bool {
    !sources.is_empty() && sources.iter().all(|s| s.kind.is_some_and(&holds))
}

/// The facts of `dataset` that rest only on third-party assessments, as `provider.field`.
pub fn assessment_only(dataset: &Dataset) -> Vec<String> {
    every_fact(dataset)
        .into_iter()
        .filter(|(_, _, sources)| only(sources, |k| k == SourceKind::Assessment))
        .map(|(provider, field, _)| [provider, ".", &field].concat())
        .collect()
}

/// The evidence rule (`docs/methodology.md`, "Evidence"): every source says its kind, and
/// no fact rests only on kinds never used alone.
fn evidence(dataset: &Dataset) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (provider, field, sources) in every_fact(dataset) {
        let provider = provider.to_owned();
        if sources.iter().any(|s| s.kind.is_none()) {
            findings.push(Finding::SourceWithoutKind { provider, field });
        } else if only(sources, |k| !k.usable_alone()) {
            findings.push(Finding::RefusedKindOnly { provider, field });
        }
    }
    findings
}

/// A value whose newest source is older than the limit.
#[derive(Debug, Clone, PartialEq)]
pub struct StaleValue {
    pub provider: String,
    pub criterion: String,
    pub newest_source: SourceDate,
    pub months: i32,
}

/// The findings, and the values whose newest source is more than `max_months` before `today`.
pub fn audit(
    dataset: &Dataset,
    today: SourceDate,
    max_months: i32,
) -> (Vec<Finding>, Vec<StaleValue>) {
    let mut findings = Vec::new();
    for criterion in dataset
        .criteria
        .iter()
        .filter(|c| !c.scale.levels.is_empty())
    {
        let (min, max) = (
            criterion.scale.min.ceil() as i64,
            criterion.scale.max.floor() as i64,
        );
        for value in min..=max {
            let level = criterion.scale.level(value as f64);
            if level.is_none_or(|l| l.description.is_none()) {
                let criterion = criterion.id.clone();
                findings.push(Finding::UndescribedLevel { criterion, value });
            }
        }
    }
    let mut stale = Vec::new();
    for provider in &dataset.providers {
        for (criterion, cell) in dataset.criteria.iter().zip(&provider.values) {
            if cell.value.is_none() {
                continue;
            }
            if cell.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                findings.push(Finding::Unjustified {
                    provider: provider.id.clone(),
                    criterion: criterion.id.clone(),
                });
            }
            if let Some(newest) = cell.newest_source() {
                let months = newest.months_until(&today);
                if months > max_months {
                    stale.push(StaleValue {
                        provider: provider.id.clone(),
                        criterion: criterion.id.clone(),
                        newest_source: newest,
                        months,
                    });
                }
            }
        }
    }
    findings.extend(evidence(dataset));
    (findings, stale)
}

/// How many values a file holds, counted as issue 11 and the Makefile's floors count them.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Per provider: id, whether it is a reference, values present, values in all, framework
    /// objectives present and framework objectives in all.
    pub providers: Vec<ProviderCoverage>,
    /// Per criterion: id, values present among the non-reference providers, and their number.
    pub criteria: Vec<(String, usize, usize)>,
}

/// One provider's line of `Coverage`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderCoverage {
    pub id: String,
    pub reference: bool,
    pub present: usize,
    pub of: usize,
    pub objectives: usize,
    pub objectives_of: usize,
}

impl Coverage {
    /// The share of the non-reference providers' values that are present, 0 to 1.
    pub fn share(&self) -> f64 {
        let (present, of) = self
            .providers
            .iter()
            .filter(|p| !p.reference)
            .fold((0, 0), |(n, d), p| (n + p.present, d + p.of));
        if of == 0 {
            1.0
        } else {
            present as f64 / of as f64
        }
    }

    /// The fewest framework objectives any provider has.
    pub fn fewest_objectives(&self) -> usize {
        self.providers
            .iter()
            .map(|p| p.objectives)
            .min()
            .unwrap_or(0)
    }
}

/// Counts the values present, per provider and per criterion.
pub fn coverage(dataset: &Dataset) -> Coverage {
    let objective = |c: &super::Criterion| dataset.groups.get(c.group).is_some_and(|g| g.framework);
    let providers = dataset
        .providers
        .iter()
        .map(|p| {
            let known = || {
                dataset
                    .criteria
                    .iter()
                    .zip(&p.values)
                    .filter(|(_, cell)| cell.value.is_some())
            };
            ProviderCoverage {
                id: p.id.clone(),
                reference: p.reference,
                present: known().count(),
                of: dataset.criteria.len(),
                objectives: known().filter(|(c, _)| objective(c)).count(),
                objectives_of: dataset.criteria.iter().filter(|c| objective(c)).count(),
            }
        })
        .collect();
    let criteria = dataset
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let rated = dataset.providers.iter().filter(|p| !p.reference);
            let present = rated
                .clone()
                .filter(|p| p.values[i].value.is_some())
                .count();
            (c.id.clone(), present, rated.count())
        })
        .collect();
    Coverage {
        providers,
        criteria,
    }
}
