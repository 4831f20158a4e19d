//! The URL fragment codec: the part of the state a visitor would share, as text.
//!
//! `#m=topsis&w=sov-1:20,sov-2:5&g=sov-5:2&c=secnumcloud:qualified,acn&f=eu-hq,no-ref`:
//! - `m=` the method (`weighted-sum`, the default, is left out; `topsis`, `framework`);
//! - `mv=` how missing values count (`worst`, the default, is left out; `midpoint`, `skip`);
//! - `w=` weights, `criterion:weight`; criteria left out keep the default preset's weight;
//! - `g=` minimum levels (gates), `criterion:level`;
//! - `c=` required certifications, `scheme` or `scheme:least-status`;
//! - `f=` filters: `eu-hq` (headquarters in the EU), `eu-parent` (no parent outside the
//!   EU), `no-ref` (hide the non-EU reference providers);
//! - `s=` the providers compared side by side (two to four ids), `p=` the provider whose
//!   details are open.
//!
//! Only what differs from the defaults is written. Decoding never fails: what cannot be
//! used is reported and left out.

use crate::data::{Dataset, Filters, Flag, Requirement, Scheme};
use crate::engine::{Method, Missing};

/// What a fragment asks for, with what could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// One weight per criterion: the fragment's, or the default preset's where the
    /// fragment says nothing or cannot be used.
    pub weights: Vec<u8>,
    pub method: Method,
    pub missing: Missing,
    /// Gates (one per criterion) and filters.
    pub filters: Filters,
    /// The providers compared side by side, by dataset index (at most `MAX_COMPARED`).
    pub compared: Vec<usize>,
    /// The provider whose details are open.
    pub shown: Option<usize>,
    pub problems: Vec<FragmentProblem>,
}

/// How many providers can be compared side by side.
pub const MAX_COMPARED: usize = 4;

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
    UnknownMethod {
        method: String,
    },
    /// An `mv=` value that is not a way of counting missing values.
    UnknownMissing {
        missing: String,
    },
    /// A `g=` entry that is not `criterion:level` with a level on the criterion's scale.
    BadGate {
        entry: String,
    },
    /// A `c=` entry that is not a known scheme (with one of its statuses).
    BadCertification {
        entry: String,
    },
    /// An `f=` entry that is not a known filter.
    UnknownFilter {
        filter: String,
    },
    /// An `s=` or `p=` entry that names no provider of the data file.
    UnknownProvider {
        id: String,
    },
    /// More than `MAX_COMPARED` providers in `s=`: the first ones are compared.
    TooManyCompared {
        count: usize,
    },
    /// An embedding element's `preset` that names no preset of the data file.
    UnknownPreset {
        id: String,
    },
    /// An embedding element's `lang` the widget has no messages in.
    UnknownLanguage {
        lang: String,
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
    decode_from(fragment, dataset, dataset.default_weights().to_vec())
}

/// Reads what an embedding element's attributes set: the weights of the preset it names
/// (the default preset's when it names none, or none of the data file's), changed by the
/// settings in the fragment's syntax (`w=`, `m=`).
pub fn decode_settings(preset: Option<&str>, fragment: &str, dataset: &Dataset) -> Decoded {
    let found = preset.map(|id| (id, dataset.presets.iter().find(|p| p.id == id)));
    let base = match found {
        Some((_, Some(preset))) => preset.weights.clone(),
        _ => dataset.default_weights().to_vec(),
    };
    let mut decoded = decode_from(fragment, dataset, base);
    if let Some((id, None)) = found {
        let problem = FragmentProblem::UnknownPreset { id: id.into() };
        decoded.problems.insert(0, problem);
    }
    decoded
}

/// Reads a fragment whose `w=` changes the weights `base`.
fn decode_from(fragment: &str, dataset: &Dataset, base: Vec<u8>) -> Decoded {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut problems = Vec::new();
    // The value of each key, in the order of KEYS.
    const KEYS: [&str; 8] = ["w", "m", "mv", "g", "c", "f", "s", "p"];
    let mut values: [Option<&str>; 8] = [None; 8];
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            problems.push(FragmentProblem::MalformedPart { part: part.into() });
            continue;
        };
        match KEYS.iter().position(|k| *k == key) {
            Some(i) if values[i].is_some() => {
                problems.push(FragmentProblem::DuplicateKey { key: key.into() })
            }
            Some(i) => values[i] = Some(value),
            None => problems.push(FragmentProblem::UnknownKey { key: key.into() }),
        }
    }
    let [weights_text, method, missing, gates, certifications, flags, compared, shown] = values;
    let weights = match weights_text {
        None => base,
        Some(text) => {
            let before = problems.len();
            let weights = decode_weights(text, dataset, base.clone(), &mut problems);
            if problems[before..]
                .iter()
                .any(FragmentProblem::voids_weights)
            {
                base
            } else {
                weights
            }
        }
    };
    let method = one_of(method, &Method::ALL, Method::id, &mut problems, |method| {
        FragmentProblem::UnknownMethod { method }
    });
    let missing = one_of(
        missing,
        &Missing::ALL,
        Missing::id,
        &mut problems,
        |missing| FragmentProblem::UnknownMissing { missing },
    );
    let filters = decode_filters((gates, certifications, flags), dataset, &mut problems);
    let mut provider = |id: &str| {
        let found = dataset.providers.iter().position(|p| p.id == id);
        if found.is_none() {
            problems.push(FragmentProblem::UnknownProvider { id: id.into() });
        }
        found
    };
    let mut picked: Vec<usize> = Vec::new();
    for index in entries(compared.unwrap_or("")).filter_map(&mut provider) {
        if !picked.contains(&index) {
            picked.push(index);
        }
    }
    let shown = shown.and_then(provider);
    if picked.len() > MAX_COMPARED {
        problems.push(FragmentProblem::TooManyCompared {
            count: picked.len(),
        });
        picked.truncate(MAX_COMPARED);
    }
    Decoded {
        weights,
        method,
        missing,
        filters,
        compared: picked,
        shown,
        problems,
    }
}

/// The choice among `all` a key names by its id (the default when it names none); an id
/// of none of them is reported (`unknown`) and the default used.
fn one_of<T: Copy + Default>(
    text: Option<&str>,
    all: &[T],
    id: fn(T) -> &'static str,
    problems: &mut Vec<FragmentProblem>,
    unknown: impl FnOnce(String) -> FragmentProblem,
) -> T {
    let Some(text) = text else {
        return T::default();
    };
    all.iter()
        .copied()
        .find(|&c| id(c) == text)
        .unwrap_or_else(|| {
            problems.push(unknown(text.into()));
            T::default()
        })
}

/// The requirements of the `g=`, `c=` and `f=` keys; what cannot be used goes into
/// `problems` and is left out.
fn decode_filters(
    (gates, certifications, flags): (Option<&str>, Option<&str>, Option<&str>),
    dataset: &Dataset,
    problems: &mut Vec<FragmentProblem>,
) -> Filters {
    let mut filters = super::no_filters(dataset);
    for entry in entries(gates.unwrap_or("")) {
        match decode_gate(entry, dataset) {
            Some((index, level)) => filters.gates[index] = level,
            None => problems.push(FragmentProblem::BadGate {
                entry: entry.into(),
            }),
        }
    }
    for entry in entries(certifications.unwrap_or("")) {
        match decode_requirement(entry) {
            Some(r) if !filters.required.iter().any(|q| q.scheme == r.scheme) => {
                filters.required.push(r)
            }
            _ => problems.push(FragmentProblem::BadCertification {
                entry: entry.into(),
            }),
        }
    }
    for entry in entries(flags.unwrap_or("")) {
        match Flag::ALL.into_iter().find(|f| f.id() == entry) {
            Some(flag) => *filters.flag_mut(flag) = true,
            None => problems.push(FragmentProblem::UnknownFilter {
                filter: entry.into(),
            }),
        }
    }
    filters
}

/// The non-empty entries of a comma-separated list.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').filter(|e| !e.is_empty())
}

/// `criterion:level`: a framework objective and one of its levels.
fn decode_gate(entry: &str, dataset: &Dataset) -> Option<(usize, u8)> {
    let (id, level) = entry.split_once(':')?;
    let index = dataset.criterion_index(id)?;
    let level = parse_weight(level)?;
    // Only the framework's objectives have minimum levels, and only at their levels.
    let named = dataset.criteria[index]
        .scale
        .level(f64::from(level))
        .is_some();
    (dataset.in_framework(index) && named).then_some((index, level))
}

/// `scheme` or `scheme:least-status`.
fn decode_requirement(entry: &str) -> Option<Requirement> {
    let (id, status) = match entry.split_once(':') {
        Some((id, status)) => (id, Some(status)),
        None => (entry, None),
    };
    let scheme = Scheme::ALL.into_iter().find(|s| s.id() == id)?;
    let status = match status {
        None => None,
        Some(status) => Some(*scheme.statuses().iter().find(|s| **s == status)?),
    };
    Some(Requirement { scheme, status })
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

/// The address that opens the state of `fragment` on `page` (an address without its
/// fragment): a shared link, the link of an export.
pub fn link(page: &str, fragment: &str) -> String {
    if fragment.is_empty() {
        page.to_owned()
    } else {
        [page, "#", fragment].concat()
    }
}

/// The fragment (without `#`) for this state: only what differs from the defaults (the
/// default preset's weights, the weighted sum, missing values as the worst level, no
/// filters, nothing compared or open); empty when nothing does.
pub fn encode(
    dataset: &Dataset,
    weights: &[u8],
    (method, missing): (Method, Missing),
    filters: &Filters,
    compared: &[usize],
    shown: Option<usize>,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if method != Method::default() {
        parts.push(format!("m={}", method.id()));
    }
    if missing != Missing::default() {
        parts.push(format!("mv={}", missing.id()));
    }
    let changed: Vec<String> = dataset
        .criteria
        .iter()
        .zip(weights)
        .zip(dataset.default_weights())
        .filter(|((_, w), default)| w != default)
        .map(|((criterion, w), _)| format!("{}:{w}", criterion.id))
        .collect();
    let gates: Vec<String> = dataset
        .criteria
        .iter()
        .enumerate()
        .filter(|(i, _)| filters.gate(*i) > 0)
        .map(|(i, criterion)| format!("{}:{}", criterion.id, filters.gate(i)))
        .collect();
    let required: Vec<String> = filters
        .required
        .iter()
        .map(|r| match r.status {
            Some(status) => format!("{}:{status}", r.scheme.id()),
            None => r.scheme.id().to_owned(),
        })
        .collect();
    let flags: Vec<String> = Flag::ALL
        .into_iter()
        .filter(|f| filters.flag(*f))
        .map(|f| f.id().to_owned())
        .collect();
    let id = |i: &usize| dataset.providers[*i].id.clone();
    let compared = compared.iter().map(id).collect();
    let shown = shown.iter().map(id).collect();
    for (key, list) in [
        ("w", changed),
        ("g", gates),
        ("c", required),
        ("f", flags),
        ("s", compared),
        ("p", shown),
    ] {
        if !list.is_empty() {
            parts.push(format!("{key}={}", list.join(",")));
        }
    }
    parts.join("&")
}
