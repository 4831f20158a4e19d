//! Validation: from the file's shape to a `Dataset`, with every problem located.

use super::file::{self, File};
use super::{
    Cell, Criterion, Dataset, Group, Loaded, Meta, Preset, Problem, ProblemKind, Provider, Scale,
    Source, SourceDate, FORMAT_VERSION,
};

/// Parses and validates a data file.
///
/// `Err` holds the problems (at least one fatal) when no usable dataset can be built;
/// `Ok` holds the dataset and the warnings about values or providers that were set aside.
pub fn parse(json: &str) -> Result<Loaded, Vec<Problem>> {
    let tree: serde_json::Value = serde_json::from_str(json).map_err(|err| {
        vec![fatal(
            "",
            ProblemKind::Syntax {
                line: err.line(),
                column: err.column(),
            },
        )]
    })?;
    validate(file::read(&tree)?)
}

fn fatal(path: &str, kind: ProblemKind) -> Problem {
    Problem {
        path: path.to_owned(),
        kind,
        fatal: true,
    }
}

#[derive(Default)]
struct Report {
    problems: Vec<Problem>,
}

impl Report {
    fn fatal(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(fatal(&path.into(), kind));
    }

    fn warn(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
            fatal: false,
        });
    }

    fn has_fatal(&self) -> bool {
        self.problems.iter().any(|p| p.fatal)
    }
}

/// Stable ids: lowercase letters and digits in hyphen-separated runs (`sov-1`, `ovhcloud`).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|run| {
            !run.is_empty()
                && run
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Only web links are followed from a data file (never `javascript:` or `data:`).
pub fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !url.chars().any(char::is_whitespace))
}

fn validate(file: File) -> Result<Loaded, Vec<Problem>> {
    let mut report = Report::default();
    if file.format_version != FORMAT_VERSION {
        report.fatal(
            "format_version",
            ProblemKind::UnsupportedVersion {
                found: file.format_version,
            },
        );
        return Err(report.problems);
    }
    let meta = validate_meta(file.dataset, &mut report);
    let groups = validate_groups(file.groups, &mut report);
    let criteria = validate_criteria(file.criteria, &groups, &mut report);
    if report.has_fatal() {
        return Err(report.problems);
    }
    let presets = validate_presets(file.presets, &criteria, &mut report);
    let default_preset = match file.default_preset {
        None => 0,
        Some(id) => presets.iter().position(|p| p.id == id).unwrap_or_else(|| {
            report.warn("default_preset", ProblemKind::UnknownPreset { id });
            0
        }),
    };
    let providers = validate_providers(file.providers, &criteria, &mut report);
    if report.has_fatal() {
        return Err(report.problems);
    }
    Ok(Loaded {
        dataset: Dataset {
            meta,
            groups,
            criteria,
            presets,
            default_preset,
            providers,
        },
        warnings: report.problems,
    })
}

fn validate_meta(meta: file::Meta, report: &mut Report) -> Meta {
    if !meta.title.has_english() {
        report.warn("dataset.title", ProblemKind::NoEnglishText);
    }
    let last_updated = SourceDate::parse(&meta.last_updated);
    if last_updated.is_none() {
        report.warn(
            "dataset.last_updated",
            ProblemKind::BadDate {
                date: meta.last_updated.clone(),
            },
        );
    }
    Meta {
        title: meta.title,
        version: meta.version,
        last_updated,
        contact: meta.contact,
        description: meta.description,
        license: meta.license,
    }
}

/// Ids seen so far, kept sorted (a set that costs the bundle nothing more than a `Vec`).
#[derive(Default)]
struct SeenIds(Vec<String>);

impl SeenIds {
    fn contains(&self, id: &str) -> bool {
        self.0
            .binary_search_by(|seen| seen.as_str().cmp(id))
            .is_ok()
    }

    /// Adds `id`; false if it was already there.
    fn insert(&mut self, id: &str) -> bool {
        match self.0.binary_search_by(|seen| seen.as_str().cmp(id)) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id.to_owned());
                true
            }
        }
    }
}

/// The entry for `key` in (key, value) pairs read from a JSON object.
fn lookup<'a, T>(pairs: &'a [(String, T)], key: &str) -> Option<&'a T> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Checks that `id` is well formed and not yet in `seen`; reports a fatal problem if not.
fn check_id(id: &str, path: &str, seen: &mut SeenIds, report: &mut Report) -> bool {
    if !is_valid_id(id) {
        report.fatal(
            format!("{path}.id"),
            ProblemKind::InvalidId { id: id.into() },
        );
        false
    } else if !seen.insert(id) {
        report.fatal(
            format!("{path}.id"),
            ProblemKind::DuplicateId { id: id.into() },
        );
        false
    } else {
        true
    }
}

fn validate_groups(groups: Vec<file::Group>, report: &mut Report) -> Vec<Group> {
    let mut seen = SeenIds::default();
    groups
        .into_iter()
        .enumerate()
        .filter(|(i, g)| check_id(&g.id, &format!("groups[{i}]"), &mut seen, report))
        .map(|(_, g)| Group {
            id: g.id,
            label: g.label,
            description: g.description,
        })
        .collect()
}

fn validate_criteria(
    criteria: Vec<file::Criterion>,
    groups: &[Group],
    report: &mut Report,
) -> Vec<Criterion> {
    if criteria.is_empty() {
        report.fatal("criteria", ProblemKind::NoCriteria);
    }
    let mut seen = SeenIds::default();
    let mut valid = Vec::with_capacity(criteria.len());
    for (i, c) in criteria.into_iter().enumerate() {
        let path = format!("criteria[{i}]");
        let id_ok = check_id(&c.id, &path, &mut seen, report);
        let group = groups.iter().position(|g| g.id == c.group);
        if group.is_none() {
            report.fatal(
                format!("{path}.group"),
                ProblemKind::UnknownGroup {
                    id: c.group.clone(),
                },
            );
        }
        let (min, max) = (c.scale.min, c.scale.max);
        let scale_ok = min.is_finite() && max.is_finite() && min < max;
        if !scale_ok {
            report.fatal(format!("{path}.scale"), ProblemKind::BadScale { min, max });
        }
        if !c.label.has_english() {
            report.warn(format!("{path}.label"), ProblemKind::NoEnglishText);
        }
        let mut levels = Vec::with_capacity(c.scale.levels.len());
        for (l, level) in c.scale.levels.into_iter().enumerate() {
            if (min..=max).contains(&level.value) {
                levels.push(level);
            } else {
                report.warn(
                    format!("{path}.scale.levels[{l}].value"),
                    ProblemKind::LevelOutsideScale { value: level.value },
                );
            }
        }
        levels.sort_unstable_by(|a, b| a.value.total_cmp(&b.value));
        if let (true, Some(group), true) = (id_ok, group, scale_ok) {
            valid.push(Criterion {
                id: c.id,
                label: c.label,
                description: c.description,
                group,
                direction: c.direction,
                scale: Scale { min, max, levels },
                unit: c.unit,
            });
        }
    }
    valid
}

/// A preset with a missing, unknown or out-of-range weight is set aside with a warning.
fn validate_presets(
    presets: Vec<file::Preset>,
    criteria: &[Criterion],
    report: &mut Report,
) -> Vec<Preset> {
    let mut seen = SeenIds::default();
    let mut valid = Vec::with_capacity(presets.len());
    for (i, p) in presets.into_iter().enumerate() {
        let path = format!("presets[{i}]");
        let before = report.problems.len();
        if !is_valid_id(&p.id) {
            report.warn(
                format!("{path}.id"),
                ProblemKind::InvalidId { id: p.id.clone() },
            );
        } else if seen.contains(&p.id) {
            report.warn(
                format!("{path}.id"),
                ProblemKind::DuplicateId { id: p.id.clone() },
            );
        }
        for (id, _) in &p.weights {
            if !criteria.iter().any(|c| &c.id == id) {
                report.warn(
                    format!("{path}.weights.{id}"),
                    ProblemKind::UnknownCriterion { id: id.clone() },
                );
            }
        }
        let mut weights = Vec::with_capacity(criteria.len());
        for c in criteria {
            match lookup(&p.weights, &c.id) {
                Some(&w) if w <= 100 => weights.push(w as u8),
                Some(&weight) => report.warn(
                    format!("{path}.weights.{}", c.id),
                    ProblemKind::WeightOutOfRange { weight },
                ),
                None => report.warn(
                    format!("{path}.weights"),
                    ProblemKind::PresetMissingWeight {
                        criterion: c.id.clone(),
                    },
                ),
            }
        }
        if report.problems.len() == before {
            seen.insert(&p.id);
            valid.push(Preset {
                id: p.id,
                label: p.label,
                description: p.description,
                weights,
                source: p.source,
            });
        }
    }
    if valid.is_empty() {
        report.fatal("presets", ProblemKind::NoPresets);
    }
    valid
}

fn validate_providers(
    providers: Vec<file::Provider>,
    criteria: &[Criterion],
    report: &mut Report,
) -> Vec<Provider> {
    let mut seen = SeenIds::default();
    let mut valid = Vec::with_capacity(providers.len());
    for (i, p) in providers.into_iter().enumerate() {
        let path = format!("providers[{i}]");
        if !is_valid_id(&p.id) {
            report.warn(format!("{path}.id"), ProblemKind::InvalidId { id: p.id });
            continue;
        }
        if !seen.insert(&p.id) {
            report.warn(format!("{path}.id"), ProblemKind::DuplicateId { id: p.id });
            continue;
        }
        for (id, _) in &p.values {
            if !criteria.iter().any(|c| &c.id == id) {
                report.warn(
                    format!("{path}.values.{id}"),
                    ProblemKind::UnknownCriterion { id: id.clone() },
                );
            }
        }
        let mut values = p.values;
        let cells = criteria
            .iter()
            .map(|c| match values.iter().position(|(id, _)| *id == c.id) {
                Some(at) => {
                    let (_, v) = values.swap_remove(at);
                    validate_value(v, c, &format!("{path}.values.{}", c.id), report)
                }
                None => Cell::MISSING,
            })
            .collect();
        let website = if is_web_url(&p.website) {
            p.website
        } else {
            report.warn(
                format!("{path}.website"),
                ProblemKind::BadUrl { url: p.website },
            );
            String::new()
        };
        valid.push(Provider {
            id: p.id,
            name: p.name,
            country: p.country,
            website,
            owner: p.owner,
            reference: p.reference,
            sources: valid_sources(p.sources, &format!("{path}.sources"), report),
            values: cells,
        });
    }
    if valid.is_empty() {
        report.fatal("providers", ProblemKind::NoProviders);
    }
    valid
}

/// A value outside its scale, or one left without a valid source, counts as missing.
fn validate_value(
    value: file::Entry,
    criterion: &Criterion,
    path: &str,
    report: &mut Report,
) -> Cell {
    let sources = valid_sources(value.sources, &format!("{path}.sources"), report);
    let number = match value.value {
        None => {
            if value.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                report.warn(path, ProblemKind::MissingWithoutNote);
            }
            None
        }
        Some(v) if !(criterion.scale.min..=criterion.scale.max).contains(&v) => {
            report.warn(
                format!("{path}.value"),
                ProblemKind::ValueOutsideScale {
                    value: v,
                    min: criterion.scale.min,
                    max: criterion.scale.max,
                },
            );
            None
        }
        Some(_) if sources.is_empty() => {
            report.warn(format!("{path}.sources"), ProblemKind::ValueWithoutSource);
            None
        }
        Some(v) => Some(v),
    };
    Cell {
        value: number,
        sources,
        note: value.note,
    }
}

fn valid_sources(sources: Vec<Source>, path: &str, report: &mut Report) -> Vec<Source> {
    sources
        .into_iter()
        .enumerate()
        .filter(|(i, s)| {
            let url_ok = is_web_url(&s.url);
            if !url_ok {
                report.warn(
                    format!("{path}[{i}].url"),
                    ProblemKind::BadUrl { url: s.url.clone() },
                );
            }
            let date_ok = SourceDate::parse(&s.date).is_some();
            if !date_ok {
                report.warn(
                    format!("{path}[{i}].date"),
                    ProblemKind::BadDate {
                        date: s.date.clone(),
                    },
                );
            }
            url_ok && date_ok
        })
        .map(|(_, s)| s)
        .collect()
}
