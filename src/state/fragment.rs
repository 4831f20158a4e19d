//! The URL fragment codec: the part of the state a visitor would share, as text.
//!
//! `#w=<criterion-id>:<weight>,<criterion-id>:<weight>`; criteria left out keep the
//! default preset's weight. Keys are separated by `&` so later keys (`m=` for the method)
//! sit beside `w=`. Decoding never fails: what cannot be used is reported and left out.

use crate::data::Dataset;

/// What a fragment asks for, with what could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// One weight per criterion: the fragment's, or the default preset's where the
    /// fragment says nothing or cannot be used.
    pub weights: Vec<u8>,
    pub problems: Vec<FragmentProblem>,
}

/// Something in a fragment that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentProblem {
    /// A `key=value` part without `=`.
    MalformedPart {
        part: String,
    },
    UnknownKey {
        key: String,
    },
    DuplicateKey {
        key: String,
    },
    /// A `w=` entry that is not `criterion:weight`.
    MalformedWeight {
        entry: String,
    },
    UnknownCriterion {
        id: String,
    },
    /// A weight that is not a whole number from 0 to 100.
    BadWeight {
        id: String,
        weight: String,
    },
    DuplicateCriterion {
        id: String,
    },
}

impl FragmentProblem {
    /// Whether the problem makes the whole `w=` list unusable (the defaults are shown then).
    pub fn voids_weights(&self) -> bool {
        matches!(
            self,
            FragmentProblem::MalformedWeight { .. }
                | FragmentProblem::UnknownCriterion { .. }
                | FragmentProblem::BadWeight { .. }
                | FragmentProblem::DuplicateCriterion { .. }
        )
    }
}

/// Reads a fragment (with or without its leading `#`).
pub fn decode(fragment: &str, dataset: &Dataset) -> Decoded {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut problems = Vec::new();
    let mut weights_text = None;
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            problems.push(FragmentProblem::MalformedPart { part: part.into() });
            continue;
        };
        match key {
            "w" if weights_text.is_some() => {
                problems.push(FragmentProblem::DuplicateKey { key: key.into() })
            }
            "w" => weights_text = Some(value),
            _ => problems.push(FragmentProblem::UnknownKey { key: key.into() }),
        }
    }
    let defaults = dataset.default_weights().to_vec();
    let weights = match weights_text {
        None => defaults,
        Some(text) => {
            let before = problems.len();
            let weights = decode_weights(text, dataset, defaults.clone(), &mut problems);
            if problems[before..]
                .iter()
                .any(FragmentProblem::voids_weights)
            {
                defaults
            } else {
                weights
            }
        }
    };
    Decoded { weights, problems }
}

fn decode_weights(
    text: &str,
    dataset: &Dataset,
    mut weights: Vec<u8>,
    problems: &mut Vec<FragmentProblem>,
) -> Vec<u8> {
    let mut seen = vec![false; weights.len()];
    for entry in text.split(',').filter(|e| !e.is_empty()) {
        let Some((id, weight)) = entry.split_once(':') else {
            problems.push(FragmentProblem::MalformedWeight {
                entry: entry.into(),
            });
            continue;
        };
        let Some(index) = dataset.criterion_index(id) else {
            problems.push(FragmentProblem::UnknownCriterion { id: id.into() });
            continue;
        };
        if std::mem::replace(&mut seen[index], true) {
            problems.push(FragmentProblem::DuplicateCriterion { id: id.into() });
            continue;
        }
        match parse_weight(weight) {
            Some(w) => weights[index] = w,
            None => problems.push(FragmentProblem::BadWeight {
                id: id.into(),
                weight: weight.into(),
            }),
        }
    }
    weights
}

/// A whole number 0..=100 written with digits only (no sign, no decimals).
fn parse_weight(text: &str) -> Option<u8> {
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u8>().ok().filter(|w| *w <= 100)
}

/// The fragment (without `#`) for `weights`: only the criteria whose weight differs from
/// the default preset, in the dataset's order; empty when nothing differs.
pub fn encode(dataset: &Dataset, weights: &[u8]) -> String {
    let changed: Vec<String> = dataset
        .criteria
        .iter()
        .zip(weights)
        .zip(dataset.default_weights())
        .filter(|((_, w), default)| w != default)
        .map(|((criterion, w), _)| format!("{}:{w}", criterion.id))
        .collect();
    if changed.is_empty() {
        String::new()
    } else {
        format!("w={}", changed.join(","))
    }
}
