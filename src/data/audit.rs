//! Checks for whoever maintains a data file, beyond what the widget needs to load it:
//! every value justified, every rubric level described, and which values are old.

use super::{Dataset, SourceDate};

/// A rule of the bundled data that a loadable file may still break.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// A value without the note that justifies it.
    Unjustified { provider: String, criterion: String },
    /// A whole-number point of a named scale without a level, or a level without a description.
    UndescribedLevel { criterion: String, value: i64 },
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
