//! Reading providers.json (format version 1) into a `Dataset`, validating as it goes.
//!
//! The file is parsed into a JSON tree by serde_json and read by hand in one pass, which
//! does three things serde's derive would not: every problem is reported (not only the
//! first) with its exact path and a message from the catalogue; a problem inside one
//! provider or one value sets that part aside and leaves the rest usable; and the widget
//! ships one small reader instead of a deserializer per type (measured: the wasm went from
//! 391 KB to 311 KB when serde derive and serde_path_to_error were dropped).

use super::json::{Map, Value};
use super::{
    Cell, Certification, Criterion, Dataset, Direction, Fact, Filters, Group, Incident, Level,
    Loaded, Meta, Owner, Preset, PresetSource, Problem, ProblemKind, Profile, Provider,
    Requirement, Scale, Scheme, Source, SourceDate, SourceKind, TenderOutcome, Text,
    FORMAT_VERSION,
};

/// Parses and validates a data file.
///
/// `Err` holds the problems (at least one fatal) when no usable dataset can be built;
/// `Ok` holds the dataset and the warnings about the parts that were set aside.
pub fn parse(json: &str) -> Result<Loaded, Vec<Problem>> {
    let tree: Value = super::json::tree(json).map_err(|(line, column)| {
        vec![Problem {
            path: String::new(),
            kind: ProblemKind::Syntax { line, column },
            fatal: true,
        }]
    })?;
    let mut reader = Reader {
        problems: Vec::new(),
        strict: true,
    };
    match reader.dataset(&tree) {
        Some(dataset) if !reader.problems.iter().any(|p| p.fatal) => Ok(Loaded {
            dataset,
            warnings: reader.problems,
        }),
        _ => Err(reader.problems),
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

/// A whole number read from a weights or gates object, or the kind of value found instead.
type WholeNumber = Result<u64, &'static str>;

/// The entries of an object of whole numbers, each read or with the kind of value found.
fn whole_numbers(map: &Map) -> Vec<(String, WholeNumber)> {
    map.iter()
        .map(|(k, v)| (k.clone(), v.as_u64().ok_or_else(|| kind_of(v))))
        .collect()
}

/// What kind of JSON value was found where another was expected.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Ids seen so far, kept sorted (a set that costs the bundle no more than a `Vec`).
#[derive(Default)]
struct SeenIds(Vec<String>);

impl SeenIds {
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

/// An object being read: its fields, and where it is.
struct Fields<'v> {
    map: &'v Map,
    path: String,
}

impl Fields<'_> {
    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

/// How one value is read. A function pointer rather than a generic closure, so each
/// reading function is compiled once per result type, not once per field.
type Read<T> = fn(&mut Reader, &Value, String) -> Option<T>;

struct Reader {
    problems: Vec<Problem>,
    /// Whether a problem found now makes the file unusable (in the dataset, groups and
    /// criteria) or only sets a part aside (in a preset or a provider).
    strict: bool,
}

impl Reader {
    fn report(&mut self, path: impl Into<String>, kind: ProblemKind) {
        let fatal = self.strict;
        self.problems.push(Problem {
            path: path.into(),
            kind,
            fatal,
        });
    }

    fn warn(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
            fatal: false,
        });
    }

    fn wrong_type(&mut self, path: String, expected: &'static str, found: &Value) {
        let found = kind_of(found);
        self.report(path, ProblemKind::WrongType { expected, found });
    }

    // Reading JSON values.

    /// The object at `path`, after reporting each field not in `known`.
    fn object<'v>(&mut self, value: &'v Value, path: String, known: &[&str]) -> Option<Fields<'v>> {
        let Value::Object(map) = value else {
            self.wrong_type(path, "object", value);
            return None;
        };
        let fields = Fields { map, path };
        for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
            let field = key.clone();
            self.report(fields.at(key), ProblemKind::UnknownField { field });
        }
        Some(fields)
    }

    /// A required field, read by `read`; reports it when absent.
    fn required<T>(&mut self, fields: &Fields, key: &str, read: Read<T>) -> Option<T> {
        match fields.map.get(key) {
            Some(value) => read(self, value, fields.at(key)),
            None => {
                let field = key.to_owned();
                self.report(fields.path.clone(), ProblemKind::MissingField { field });
                None
            }
        }
    }

    /// An optional field: absent (or null) is `Some(None)`; a wrong type is `None`.
    fn optional<T>(&mut self, fields: &Fields, key: &str, read: Read<T>) -> Option<Option<T>> {
        match fields.map.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => read(self, value, fields.at(key)).map(Some),
        }
    }

    fn string(&mut self, value: &Value, path: String) -> Option<String> {
        match value {
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(path, "string", other);
                None
            }
        }
    }

    fn number(&mut self, value: &Value, path: String) -> Option<f64> {
        match value {
            Value::Number(n) => n.as_f64(),
            other => {
                self.wrong_type(path, "number", other);
                None
            }
        }
    }

    fn boolean(&mut self, value: &Value, path: String) -> Option<bool> {
        match value {
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong_type(path, "boolean", other);
                None
            }
        }
    }

    /// A string, or an object of language codes to strings with an English entry.
    fn text(&mut self, value: &Value, path: String) -> Option<Text> {
        let text = match value {
            Value::String(s) => Text::Plain(s.clone()),
            Value::Object(map) => {
                let mut texts = Vec::with_capacity(map.len());
                for (lang, text) in map {
                    let text = self.string(text, format!("{path}.{lang}"))?;
                    texts.push((lang.clone(), text));
                }
                Text::Localized(texts)
            }
            other => {
                self.wrong_type(path, "text (a string or an object of languages)", other);
                return None;
            }
        };
        if !text.has_english() {
            self.warn(path, ProblemKind::NoEnglishText);
        }
        Some(text)
    }

    /// A date as sources give them; a malformed one is reported and read as `None`.
    fn date(&mut self, text: &str, path: String) -> Option<SourceDate> {
        let date = SourceDate::parse(text);
        if date.is_none() {
            self.report(path, ProblemKind::BadDate { date: text.into() });
        }
        date
    }

    /// An array whose items are read by `read`; an item that fails is left out.
    fn array<T>(&mut self, value: &Value, path: String, read: Read<T>) -> Option<Vec<T>> {
        let Value::Array(items) = value else {
            self.wrong_type(path, "array", value);
            return None;
        };
        let read = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| read(self, item, format!("{path}[{i}]")));
        Some(read.collect())
    }

    // Reading the file's parts, in the order they depend on each other.

    fn dataset(&mut self, root: &Value) -> Option<Dataset> {
        const KNOWN: &[&str] = &[
            "$schema",
            "format_version",
            "dataset",
            "groups",
            "criteria",
            "presets",
            "default_preset",
            "profiles",
            "providers",
        ];
        let f = self.object(root, String::new(), KNOWN)?;
        let version = match f.map.get("format_version") {
            Some(Value::Number(n)) => n.as_i64(),
            _ => None,
        };
        if version != Some(FORMAT_VERSION) {
            // Another version's fields are not this version's problems: say only that.
            self.problems.clear();
            match version {
                Some(found) => {
                    self.report("format_version", ProblemKind::UnsupportedVersion { found })
                }
                None => match f.map.get("format_version") {
                    Some(other) => self.wrong_type("format_version".into(), "whole number", other),
                    None => self.report(
                        "",
                        ProblemKind::MissingField {
                            field: "format_version".into(),
                        },
                    ),
                },
            }
            return None;
        }
        let _ = self.optional(&f, "$schema", Self::string);
        let meta = self.required(&f, "dataset", Self::meta);
        let groups = self.required(&f, "groups", |r, v, p| r.array(v, p, Self::group))?;
        let mut seen = SeenIds::default();
        for (i, group) in groups.iter().enumerate() {
            self.check_id(&group.id, format!("groups[{i}].id"), &mut seen);
        }
        // Ids of every group the file declares, even one that failed to read: a criterion
        // in such a group must not add "no such group" to the problem already reported.
        let declared: Vec<&str> = match f.map.get("groups") {
            Some(Value::Array(items)) => {
                items.iter().filter_map(|g| g.get("id")?.as_str()).collect()
            }
            _ => Vec::new(),
        };
        let criteria = self.criteria(&f, &groups, &declared)?;
        if self.problems.iter().any(|p| p.fatal) {
            return None;
        }
        let presets = self.presets(&f, &criteria);
        let default_preset = match self.optional(&f, "default_preset", Self::string)? {
            None => 0,
            Some(id) => presets.iter().position(|p| p.id == id).unwrap_or_else(|| {
                self.warn("default_preset", ProblemKind::UnknownPreset { id });
                0
            }),
        };
        let profiles = self.profiles(&f, &criteria, &groups);
        let providers = self.providers(&f, &criteria);
        Some(Dataset {
            meta: meta?,
            groups,
            criteria,
            presets,
            default_preset,
            profiles,
            providers: providers.into_iter().map(std::rc::Rc::new).collect(),
        })
    }

    /// Reports an id that is malformed or already used (`false` then).
    fn check_id(&mut self, id: &str, path: String, seen: &mut SeenIds) -> bool {
        let kind = if !is_valid_id(id) {
            ProblemKind::InvalidId { id: id.into() }
        } else if !seen.insert(id) {
            ProblemKind::DuplicateId { id: id.into() }
        } else {
            return true;
        };
        self.report(path, kind);
        false
    }

    fn meta(&mut self, value: &Value, path: String) -> Option<Meta> {
        const KNOWN: &[&str] = &[
            "title",
            "version",
            "last_updated",
            "contact",
            "description",
            "license",
            "methodology",
        ];
        let f = self.object(value, path, KNOWN)?;
        let title = self.required(&f, "title", Self::text);
        let version = self.required(&f, "version", Self::string);
        let last_updated = self.required(&f, "last_updated", Self::string);
        let contact = self.required(&f, "contact", Self::string);
        let description = self.optional(&f, "description", Self::text);
        let license = self.optional(&f, "license", Self::string);
        let methodology = self.optional(&f, "methodology", Self::text);
        // A malformed date only loses the date: the file stays usable.
        let last_updated = last_updated.and_then(|date| {
            let strict = std::mem::replace(&mut self.strict, false);
            let parsed = self.date(&date, f.at("last_updated"));
            self.strict = strict;
            parsed
        });
        Some(Meta {
            title: title?,
            version: version?,
            last_updated,
            contact: contact?,
            description: description?,
            license: license?,
            methodology: methodology?,
        })
    }

    fn group(&mut self, value: &Value, path: String) -> Option<Group> {
        let f = self.object(value, path, &["id", "label", "description", "framework"])?;
        let id = self.required(&f, "id", Self::string);
        let label = self.required(&f, "label", Self::text);
        let description = self.optional(&f, "description", Self::text);
        let framework = self.optional(&f, "framework", Self::boolean);
        Some(Group {
            id: id?,
            label: label?,
            description: description?,
            framework: framework?.unwrap_or(false),
        })
    }

    fn criteria(
        &mut self,
        f: &Fields,
        groups: &[Group],
        declared: &[&str],
    ) -> Option<Vec<Criterion>> {
        let Some(value) = f.map.get("criteria") else {
            let field = "criteria".to_owned();
            self.report(f.path.clone(), ProblemKind::MissingField { field });
            return None;
        };
        let Value::Array(items) = value else {
            self.wrong_type("criteria".into(), "array", value);
            return None;
        };
        if items.is_empty() {
            self.report("criteria", ProblemKind::NoCriteria);
        }
        let mut seen = SeenIds::default();
        let mut criteria = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("criteria[{i}]");
            if let Some(criterion) = self.criterion(item, path, groups, declared, &mut seen) {
                criteria.push(criterion);
            }
        }
        Some(criteria)
    }

    fn criterion(
        &mut self,
        value: &Value,
        path: String,
        groups: &[Group],
        declared: &[&str],
        seen: &mut SeenIds,
    ) -> Option<Criterion> {
        const KNOWN: &[&str] = &[
            "id",
            "label",
            "description",
            "group",
            "direction",
            "scale",
            "unit",
        ];
        let f = self.object(value, path, KNOWN)?;
        let id = self.required(&f, "id", Self::string);
        let label = self.required(&f, "label", Self::text);
        let description = self.required(&f, "description", Self::text);
        let group = self.required(&f, "group", Self::string);
        let direction = self.required(&f, "direction", Self::direction);
        let scale = self.required(&f, "scale", Self::scale);
        let unit = self.optional(&f, "unit", Self::text);
        let id = id.filter(|id| self.check_id(id, f.at("id"), seen));
        let group = group.and_then(|id| {
            let index = groups.iter().position(|g| g.id == id);
            if index.is_none() && !declared.contains(&id.as_str()) {
                self.report(f.at("group"), ProblemKind::UnknownGroup { id });
            }
            index
        });
        Some(Criterion {
            id: id?,
            label: label?,
            description: description?,
            group: group?,
            direction: direction?,
            scale: scale?,
            unit: unit?,
        })
    }

    fn direction(&mut self, value: &Value, path: String) -> Option<Direction> {
        match value.as_str() {
            Some("benefit") => Some(Direction::Benefit),
            Some("cost") => Some(Direction::Cost),
            Some(other) => {
                let found = other.to_owned();
                self.report(
                    path,
                    ProblemKind::NotOneOf {
                        found,
                        allowed: "benefit, cost",
                    },
                );
                None
            }
            None => {
                self.wrong_type(path, "string", value);
                None
            }
        }
    }

    fn scale(&mut self, value: &Value, path: String) -> Option<Scale> {
        let f = self.object(value, path, &["min", "max", "levels"])?;
        let (min, max) = (
            self.required(&f, "min", Self::number),
            self.required(&f, "max", Self::number),
        );
        let levels = self.optional(&f, "levels", |r, v, p| r.array(v, p, Self::level));
        let (min, max) = (min?, max?);
        if !(min.is_finite() && max.is_finite() && min < max) {
            self.report(f.path.clone(), ProblemKind::BadScale { min, max });
            return None;
        }
        let mut levels = levels?.unwrap_or_default();
        // A named level outside the scale is dropped: it could never be a value.
        let mut i = 0;
        levels.retain(|level: &Level| {
            let inside = (min..=max).contains(&level.value);
            if !inside {
                let value = level.value;
                self.problems.push(Problem {
                    path: format!("{}.levels[{i}].value", f.path),
                    kind: ProblemKind::LevelOutsideScale { value },
                    fatal: false,
                });
            }
            i += 1;
            inside
        });
        let order = crate::order::sorted(levels.len(), &|a, b| {
            levels[a].value.total_cmp(&levels[b].value)
        });
        let levels = order.into_iter().map(|i| levels[i].clone()).collect();
        Some(Scale { min, max, levels })
    }

    fn level(&mut self, value: &Value, path: String) -> Option<Level> {
        let f = self.object(value, path, &["value", "label", "description"])?;
        let level = self.required(&f, "value", Self::number);
        let label = self.required(&f, "label", Self::text);
        let description = self.optional(&f, "description", Self::text);
        Some(Level {
            value: level?,
            label: label?,
            description: description?,
        })
    }

    /// The presets; one with any problem is set aside with a warning.
    fn presets(&mut self, f: &Fields, criteria: &[Criterion]) -> Vec<Preset> {
        let mut seen = SeenIds::default();
        // Weights are per criterion, known only now; ids are checked in file order.
        let presets = self.lenient_items(f, "presets", |r, item, path| {
            let (preset, weights) = r.preset(item, path.clone())?;
            let before = r.problems.len();
            r.check_id(&preset.id, format!("{path}.id"), &mut seen);
            let weights = r.weights(weights, &format!("{path}.weights"), criteria);
            (r.problems.len() == before).then_some(Preset { weights, ..preset })
        });
        let presets = presets.unwrap_or_else(|| {
            if f.map.get("presets").is_none() {
                let field = "presets".to_owned();
                self.warn(f.path.clone(), ProblemKind::MissingField { field });
            }
            Vec::new()
        });
        if presets.is_empty() {
            self.report("presets", ProblemKind::NoPresets);
        }
        presets
    }

    /// The items of the array at `key`, each read by `read` with its own index in its
    /// path (an item set aside does not shift the paths of the next ones). Problems there
    /// are warnings: `read` sets its item aside. `None` when the field is absent, null or
    /// not an array (that reported).
    fn lenient_items<T>(
        &mut self,
        f: &Fields,
        key: &str,
        mut read: impl FnMut(&mut Self, &Value, String) -> Option<T>,
    ) -> Option<Vec<T>> {
        let strict = std::mem::replace(&mut self.strict, false);
        let items = match f.map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) => Some(items),
            Some(other) => {
                self.wrong_type(f.at(key), "array", other);
                None
            }
        };
        let kept = items.map(|items| {
            let at = f.at(key);
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| read(self, item, format!("{at}[{i}]")))
                .collect()
        });
        self.strict = strict;
        kept
    }

    /// A preset, with its weights still as (criterion id, weight) pairs.
    fn preset(
        &mut self,
        value: &Value,
        path: String,
    ) -> Option<(Preset, Vec<(String, WholeNumber)>)> {
        const KNOWN: &[&str] = &["id", "label", "description", "weights", "source"];
        let f = self.object(value, path, KNOWN)?;
        let id = self.required(&f, "id", Self::string);
        let label = self.required(&f, "label", Self::text);
        let description = self.required(&f, "description", Self::text);
        let weights = self.required(&f, "weights", |r, v, p| match v {
            Value::Object(map) => Some(whole_numbers(map)),
            other => {
                r.wrong_type(p, "object", other);
                None
            }
        });
        let source = self.required(&f, "source", Self::preset_source);
        let preset = Preset {
            id: id?,
            label: label?,
            description: description?,
            weights: Vec::new(),
            source: source?,
        };
        Some((preset, weights?))
    }

    /// One whole-number weight 0..=100 per criterion, in the criteria's order.
    fn weights(
        &mut self,
        given: Vec<(String, WholeNumber)>,
        path: &str,
        criteria: &[Criterion],
    ) -> Vec<u8> {
        for (id, _) in &given {
            if !criteria.iter().any(|c| &c.id == id) {
                self.report(
                    format!("{path}.{id}"),
                    ProblemKind::UnknownCriterion { id: id.clone() },
                );
            }
        }
        let mut weights = Vec::with_capacity(criteria.len());
        for criterion in criteria {
            let at = format!("{path}.{}", criterion.id);
            match given
                .iter()
                .find(|(id, _)| *id == criterion.id)
                .map(|(_, w)| *w)
            {
                Some(Ok(w)) if w <= 100 => weights.push(w as u8),
                Some(Ok(w)) => {
                    let weight = u32::try_from(w).unwrap_or(u32::MAX);
                    self.report(at, ProblemKind::WeightOutOfRange { weight });
                }
                Some(Err(found)) => {
                    let expected = "whole number";
                    self.report(at, ProblemKind::WrongType { expected, found });
                }
                None => {
                    let criterion = criterion.id.clone();
                    self.report(path, ProblemKind::PresetMissingWeight { criterion });
                }
            }
        }
        weights
    }

    fn preset_source(&mut self, value: &Value, path: String) -> Option<PresetSource> {
        let f = self.object(value, path, &["title", "url", "date"])?;
        let title = self.required(&f, "title", Self::string);
        let url = self.optional(&f, "url", Self::string);
        let date = self.optional(&f, "date", Self::string);
        // Only web links are followed: a bad one is reported and the title shown unlinked.
        let url = url.map(|url| {
            url.filter(|url| {
                is_web_url(url) || {
                    self.warn(f.at("url"), ProblemKind::BadUrl { url: url.clone() });
                    false
                }
            })
        });
        Some(PresetSource {
            title: title?,
            url: url?,
            date: date?,
        })
    }

    /// The profiles (optional); one with any problem is set aside with a warning.
    fn profiles(&mut self, f: &Fields, criteria: &[Criterion], groups: &[Group]) -> Vec<Profile> {
        let framework: Vec<usize> = (0..groups.len()).filter(|&g| groups[g].framework).collect();
        let mut seen = SeenIds::default();
        // Any problem in a profile, a requirement included, sets the whole profile aside:
        // one that quietly lost a requirement would let through what the rule keeps out.
        self.lenient_items(f, "profiles", |r, item, path| {
            let before = r.problems.len();
            let (profile, gates) = r.profile(item, path.clone())?;
            r.check_id(&profile.id, format!("{path}.id"), &mut seen);
            let gates = r.gates(gates, &format!("{path}.gates"), criteria, &framework);
            let filters = Filters {
                gates,
                ..profile.filters
            };
            (r.problems.len() == before).then_some(Profile { filters, ..profile })
        })
        .unwrap_or_default()
    }

    /// A profile, with its gates still as (criterion id, level) pairs.
    fn profile(
        &mut self,
        value: &Value,
        path: String,
    ) -> Option<(Profile, Vec<(String, WholeNumber)>)> {
        const KNOWN: &[&str] = &[
            "id",
            "label",
            "description",
            "gates",
            "require",
            "eu_headquarters",
            "eu_parent",
            "hide_references",
            "source",
        ];
        let f = self.object(value, path, KNOWN)?;
        let id = self.required(&f, "id", Self::string);
        let label = self.required(&f, "label", Self::text);
        let description = self.required(&f, "description", Self::text);
        let gates = self.optional(&f, "gates", |r, v, p| match v {
            Value::Object(map) => Some(whole_numbers(map)),
            other => {
                r.wrong_type(p, "object", other);
                None
            }
        });
        let required = self.optional(&f, "require", |r, v, p| r.array(v, p, Self::requirement));
        // One requirement per scheme: a second would be ambiguous, and a link cannot hold it.
        if let Some(Some(required)) = &required {
            for (i, r) in required.iter().enumerate() {
                if required[..i].iter().any(|q| q.scheme == r.scheme) {
                    let id = r.scheme.id().to_owned();
                    self.report(f.at("require"), ProblemKind::DuplicateId { id });
                }
            }
        }
        let flag = |r: &mut Self, key| {
            r.optional(&f, key, Self::boolean)
                .map(Option::unwrap_or_default)
        };
        let eu_headquarters = flag(self, "eu_headquarters");
        let eu_parent = flag(self, "eu_parent");
        let hide_references = flag(self, "hide_references");
        let source = self.required(&f, "source", Self::preset_source);
        let profile = Profile {
            id: id?,
            label: label?,
            description: description?,
            filters: Filters {
                gates: Vec::new(),
                required: required?.unwrap_or_default(),
                eu_headquarters: eu_headquarters?,
                eu_parent: eu_parent?,
                hide_references: hide_references?,
            },
            source: source?,
        };
        Some((profile, gates?.unwrap_or_default()))
    }

    /// `{"scheme": ..., "status": ...}`: a certification and its least accepted status.
    fn requirement(&mut self, value: &Value, path: String) -> Option<Requirement> {
        let f = self.object(value, path, &["scheme", "status"])?;
        let scheme = self.required(&f, "scheme", Self::scheme)?;
        let status = match self.optional(&f, "status", Self::string)? {
            None => None,
            Some(given) => Some(self.status(scheme, given, f.at("status"))?),
        };
        Some(Requirement { scheme, status })
    }

    /// One minimum per criterion, in the criteria's order: a whole number on the
    /// criterion's scale; criteria not given get 0 (no minimum).
    fn gates(
        &mut self,
        given: Vec<(String, WholeNumber)>,
        path: &str,
        criteria: &[Criterion],
        framework: &[usize],
    ) -> Vec<u8> {
        let mut gates = vec![0; criteria.len()];
        for (id, value) in given {
            let at = format!("{path}.{id}");
            let Some(index) = criteria.iter().position(|c| c.id == id) else {
                self.report(at, ProblemKind::UnknownCriterion { id });
                continue;
            };
            // Only the framework's objectives take a minimum, at one of their levels.
            let in_framework = framework.contains(&criteria[index].group);
            match value {
                Ok(_) if !in_framework => {
                    let found = id;
                    let allowed = "a criterion of the group marked framework";
                    self.report(at, ProblemKind::NotOneOf { found, allowed });
                }
                Ok(level) if criteria[index].scale.level(level as f64).is_some() => {
                    gates[index] = level as u8
                }
                Ok(level) => self.report(
                    at,
                    ProblemKind::LevelOutsideScale {
                        value: level as f64,
                    },
                ),
                Err(found) => {
                    let expected = "whole number";
                    self.report(at, ProblemKind::WrongType { expected, found });
                }
            }
        }
        gates
    }

    /// The providers; a problem in one sets it aside, or the value it concerns.
    fn providers(&mut self, f: &Fields, criteria: &[Criterion]) -> Vec<Provider> {
        let strict = std::mem::replace(&mut self.strict, false);
        let mut seen = SeenIds::default();
        let providers = match f.map.get("providers") {
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    self.provider(item, format!("providers[{i}]"), criteria, &mut seen)
                })
                .collect(),
            Some(other) => {
                self.strict = true;
                self.wrong_type("providers".into(), "array", other);
                Vec::new()
            }
            None => Vec::new(),
        };
        self.strict = strict;
        if providers.is_empty() {
            self.report("providers", ProblemKind::NoProviders);
        }
        providers
    }

    fn provider(
        &mut self,
        value: &Value,
        path: String,
        criteria: &[Criterion],
        seen: &mut SeenIds,
    ) -> Option<Provider> {
        const KNOWN: &[&str] = &[
            "id",
            "name",
            "country",
            "website",
            "owner",
            "reference",
            "sources",
            "listed",
            "certifications",
            "tender_2026",
            "incidents",
            "values",
        ];
        let f = self.object(value, path, KNOWN)?;
        let id = self.required(&f, "id", Self::string)?;
        if !self.check_id(&id, f.at("id"), seen) {
            return None;
        }
        let name = self.required(&f, "name", Self::string);
        let country = self.required(&f, "country", Self::string);
        let website = self.required(&f, "website", Self::string);
        let owner = self.required(&f, "owner", Self::owner);
        let reference = self.optional(&f, "reference", Self::boolean);
        let sources = self.optional(&f, "sources", |r, v, p| r.array(v, p, Self::source));
        // The facts that are not scores: a broken one is set aside, the provider stays.
        let listed = self.optional(&f, "listed", Self::listed).flatten();
        let certifications = self.optional(&f, "certifications", |r, v, p| {
            r.array(v, p, Self::certification)
        });
        let tender_2026 = self.optional(&f, "tender_2026", Self::tender).flatten();
        let incidents = self.optional(&f, "incidents", |r, v, p| r.array(v, p, Self::incident));
        let values = self.values(&f, criteria);
        // Without a usable website the provider is still ranked, just not linked.
        let website = match website {
            Some(url) if is_web_url(&url) => url,
            Some(url) => {
                self.report(f.at("website"), ProblemKind::BadUrl { url });
                String::new()
            }
            None => String::new(),
        };
        Some(Provider {
            id,
            name: name?,
            country: country?,
            website,
            owner: owner?,
            reference: reference.flatten().unwrap_or(false),
            sources: sources.flatten().unwrap_or_default(),
            listed,
            certifications: certifications.flatten().unwrap_or_default(),
            tender_2026,
            incidents: incidents.flatten().unwrap_or_default(),
            values: values?,
        })
    }

    /// The fields every fact shares: its value, a note, and at least one valid source.
    fn fact<T>(&mut self, value: &Value, path: String, read: Read<T>) -> Option<Fact<T>> {
        let f = self.object(value, path, &["value", "note", "sources"])?;
        let fact = self.required(&f, "value", read);
        let note = self.optional(&f, "note", Self::string);
        let sources = self.required(&f, "sources", |r, v, p| r.array(v, p, Self::source));
        let sources = sources.filter(|s| {
            !s.is_empty() || {
                self.report(f.at("sources"), ProblemKind::ValueWithoutSource);
                false
            }
        });
        Some(Fact {
            value: fact?,
            note: note?,
            sources: sources?,
        })
    }

    fn listed(&mut self, value: &Value, path: String) -> Option<Fact<bool>> {
        self.fact(value, path, Self::boolean)
    }

    fn tender(&mut self, value: &Value, path: String) -> Option<Fact<TenderOutcome>> {
        self.fact(value, path, |r, v, p| {
            let found = v.as_str().unwrap_or_default();
            let outcome = TenderOutcome::ALL.iter().find(|(id, _)| *id == found);
            if outcome.is_none() {
                let found = found.to_owned();
                let allowed = "winner, partner, not-awarded";
                r.report(p, ProblemKind::NotOneOf { found, allowed });
            }
            outcome.map(|(_, o)| *o)
        })
    }

    fn certification(&mut self, value: &Value, path: String) -> Option<Certification> {
        let f = self.object(value, path, &["scheme", "status", "scope", "sources"])?;
        let scheme = self.required(&f, "scheme", Self::scheme)?;
        let status = self.optional(&f, "status", Self::string)?;
        let scope = self.required(&f, "scope", Self::string);
        let sources = self.required(&f, "sources", |r, v, p| r.array(v, p, Self::source));
        // A status is one of the scheme's own; a scheme with statuses needs one.
        let status = match status {
            Some(given) => Some(self.status(scheme, given, f.at("status"))?),
            None if !scheme.statuses().is_empty() => {
                let field = "status".to_owned();
                self.report(f.path.clone(), ProblemKind::MissingField { field });
                return None;
            }
            None => None,
        };
        let sources = sources.filter(|s| {
            !s.is_empty() || {
                self.report(f.at("sources"), ProblemKind::ValueWithoutSource);
                false
            }
        });
        Some(Certification {
            scheme,
            status,
            scope: scope?,
            sources: sources?,
        })
    }

    fn scheme(&mut self, value: &Value, path: String) -> Option<Scheme> {
        let allowed = "secnumcloud, bsi-c5, iso-27001, hds, ens, acn, gaia-x, eu-cloud-coc, cispe";
        self.one_of(value, path, (&Scheme::ALL, Scheme::id), allowed, true)
    }

    /// The item of `all` whose `id` the value is; when it names none, that is said (a
    /// problem if `fatal`, else a warning) with the ids `allowed`.
    fn one_of<T: Copy>(
        &mut self,
        value: &Value,
        path: String,
        (all, id): (&[T], fn(T) -> &'static str),
        allowed: &'static str,
        fatal: bool,
    ) -> Option<T> {
        let found = value.as_str().unwrap_or_default();
        let item = all.iter().copied().find(|&item| id(item) == found);
        if item.is_none() {
            let kind = ProblemKind::NotOneOf {
                found: found.to_owned(),
                allowed,
            };
            if fatal {
                self.report(path, kind)
            } else {
                self.warn(path, kind)
            }
        }
        item
    }

    /// One of the scheme's own statuses (`type-2` for BSI C5).
    fn status(&mut self, scheme: Scheme, given: String, path: String) -> Option<&'static str> {
        let known = scheme.statuses().iter().find(|s| **s == given).copied();
        if known.is_none() {
            let scheme = scheme.name();
            self.report(
                path,
                ProblemKind::UnknownStatus {
                    scheme,
                    status: given,
                },
            );
        }
        known
    }

    fn incident(&mut self, value: &Value, path: String) -> Option<Incident> {
        let f = self.object(value, path, &["date", "summary", "sources"])?;
        let date = self.required(&f, "date", Self::string);
        let summary = self.required(&f, "summary", Self::string);
        let sources = self.required(&f, "sources", |r, v, p| r.array(v, p, Self::source));
        let date = date.filter(|date| self.date(date, f.at("date")).is_some());
        let sources = sources.filter(|s| {
            !s.is_empty() || {
                self.report(f.at("sources"), ProblemKind::ValueWithoutSource);
                false
            }
        });
        Some(Incident {
            date: date?,
            summary: summary?,
            sources: sources?,
        })
    }

    fn owner(&mut self, value: &Value, path: String) -> Option<Owner> {
        let f = self.object(value, path, &["name", "country"])?;
        let name = self.required(&f, "name", Self::string);
        let country = self.optional(&f, "country", Self::string);
        Some(Owner {
            name: name?,
            country: country?,
        })
    }

    /// A source with a web link and a date; any other is reported and left out.
    fn source(&mut self, value: &Value, path: String) -> Option<Source> {
        let f = self.object(value, path, &["url", "date", "title", "kind"])?;
        let url = self.required(&f, "url", Self::string);
        let date = self.required(&f, "date", Self::string);
        let title = self.optional(&f, "title", Self::string);
        // An unknown kind is said and left out: the source still counts.
        let kind = self
            .optional(&f, "kind", Self::source_kind)
            .flatten()
            .flatten();
        let url = url.filter(|url| {
            is_web_url(url) || {
                self.report(f.at("url"), ProblemKind::BadUrl { url: url.clone() });
                false
            }
        });
        let date = date.filter(|date| self.date(date, f.at("date")).is_some());
        Some(Source {
            url: url?,
            date: date?,
            title: title?,
            kind,
        })
    }

    fn source_kind(&mut self, value: &Value, path: String) -> Option<Option<SourceKind>> {
        let allowed =
            "provider, register, press, assessment, ai-summary, repost, harvest, moving-branch";
        Some(self.one_of(
            value,
            path,
            (&SourceKind::ALL, SourceKind::id),
            allowed,
            false,
        ))
    }

    /// One cell per criterion, in the criteria's order; a problem makes that value missing.
    fn values(&mut self, f: &Fields, criteria: &[Criterion]) -> Option<Vec<Cell>> {
        let path = f.at("values");
        let Some(value) = f.map.get("values") else {
            let field = "values".to_owned();
            self.report(f.path.clone(), ProblemKind::MissingField { field });
            return None;
        };
        let Value::Object(map) = value else {
            self.wrong_type(path, "object", value);
            return None;
        };
        for id in map
            .keys()
            .filter(|id| !criteria.iter().any(|c| &c.id == *id))
        {
            self.report(
                format!("{path}.{id}"),
                ProblemKind::UnknownCriterion { id: id.clone() },
            );
        }
        let cells = criteria
            .iter()
            .map(|criterion| match map.get(&criterion.id) {
                Some(value) => self
                    .cell(value, format!("{path}.{}", criterion.id), criterion)
                    .unwrap_or(Cell::MISSING),
                None => Cell::MISSING,
            });
        Some(cells.collect())
    }

    /// A value outside its scale, or left without a valid source, counts as missing.
    fn cell(&mut self, value: &Value, path: String, criterion: &Criterion) -> Option<Cell> {
        let f = self.object(value, path, &["value", "sources", "note"])?;
        let number = match f.map.get("value") {
            Some(Value::Null) => None,
            Some(v) => Some(self.number(v, f.at("value"))?),
            None => {
                let field = "value".to_owned();
                self.report(f.path.clone(), ProblemKind::MissingField { field });
                return None;
            }
        };
        let sources = self.optional(&f, "sources", |r, v, p| r.array(v, p, Self::source))?;
        let note = self.optional(&f, "note", Self::string)?;
        let sources = sources.unwrap_or_default();
        let (min, max) = (criterion.scale.min, criterion.scale.max);
        let value = match number {
            None => {
                if note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    self.report(f.path.clone(), ProblemKind::MissingWithoutNote);
                }
                None
            }
            Some(value) if !(min..=max).contains(&value) => {
                let kind = ProblemKind::ValueOutsideScale { value, min, max };
                self.report(f.at("value"), kind);
                None
            }
            Some(_) if sources.is_empty() => {
                self.report(f.at("sources"), ProblemKind::ValueWithoutSource);
                None
            }
            Some(value) => Some(value),
        };
        Some(Cell {
            value,
            sources,
            note,
        })
    }
}
