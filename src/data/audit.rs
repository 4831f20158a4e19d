//! Checks for whoever maintains a data file, beyond what the widget needs to load it:
//! every value justified, every rubric level described, and which values are old.

use super::{Dataset, Loaded, SourceDate};
use std::fmt;

/// A rule of the bundled data that a loadable file may still break.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// A value without the note that justifies it.
    Unjustified { provider: String, criterion: String },
    /// A whole-number point of a named scale without a level, or a level without a description.
    UndescribedLevel { criterion: String, value: i64 },
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
    })
}

/// A file read by the bundled data's rules (`strictly`).
pub struct Strict {
    pub loaded: Loaded,
    /// Why it may not be bundled; empty when it may.
    pub errors: Vec<String>,
    pub stale: Vec<StaleValue>,
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
            let newest = cell
                .sources
                .iter()
                .filter_map(|s| SourceDate::parse(&s.date))
                .max();
            if let Some(newest) = newest {
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
    (findings, stale)
}
