//! The shape of providers.json, format version 1, read from a parsed JSON tree.
//!
//! Reading by hand instead of deriving serde's `Deserialize` does two things: every
//! problem is reported (not only the first) with its exact path, in the catalogue's words
//! rather than serde's English; and the widget ships one small reader instead of a
//! deserializer per type (about a third of the wasm, measured).

use super::{Direction, Level, Owner, PresetSource, Problem, ProblemKind, Source, Text};
use serde_json::{Map, Value};

pub struct File {
    pub format_version: i64,
    pub dataset: Meta,
    pub groups: Vec<Group>,
    pub criteria: Vec<Criterion>,
    pub presets: Vec<Preset>,
    pub default_preset: Option<String>,
    pub providers: Vec<Provider>,
}

pub struct Meta {
    pub title: Text,
    pub version: String,
    pub last_updated: String,
    pub contact: String,
    pub description: Option<Text>,
    pub license: Option<String>,
}

pub struct Group {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
}

pub struct Criterion {
    pub id: String,
    pub label: Text,
    pub description: Text,
    pub group: String,
    pub direction: Direction,
    pub scale: Scale,
    pub unit: Option<Text>,
}

pub struct Scale {
    pub min: f64,
    pub max: f64,
    pub levels: Vec<Level>,
}

pub struct Preset {
    pub id: String,
    pub label: Text,
    pub description: Text,
    /// (criterion id, weight) pairs, in the file's order.
    pub weights: Vec<(String, u32)>,
    pub source: PresetSource,
}

pub struct Provider {
    pub id: String,
    pub name: String,
    pub country: String,
    pub website: String,
    pub owner: Owner,
    pub reference: bool,
    pub sources: Vec<Source>,
    /// (criterion id, value) pairs, in the file's order.
    pub values: Vec<(String, Entry)>,
}

/// A provider's value on one criterion, as written.
pub struct Entry {
    pub value: Option<f64>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
}

/// What kind of JSON value was found where another was expected.
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Reads the tree; `Err` holds every type and structure problem found, each with its path.
pub fn read(root: &Value) -> Result<File, Vec<Problem>> {
    let mut reader = Reader::default();
    let file = reader.file(root);
    match file {
        Some(file) if reader.problems.is_empty() => Ok(file),
        _ => Err(reader.problems),
    }
}

/// How one value is read. A function pointer rather than a generic closure, so each
/// reading function is compiled once per result type, not once per field (this halved the
/// reader's share of the wasm).
type Read<T> = fn(&mut Reader, &Value, String) -> Option<T>;

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

/// An object being read: its fields, and where it is.
struct Fields<'v> {
    map: &'v Map<String, Value>,
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

impl Reader {
    fn report(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
            fatal: true,
        });
    }

    fn wrong_type(&mut self, path: impl Into<String>, expected: &'static str, found: &Value) {
        self.report(
            path,
            ProblemKind::WrongType {
                expected,
                found: kind_of(found),
            },
        );
    }

    /// The object at `path`, after reporting each field not in `known`.
    fn object<'v>(&mut self, value: &'v Value, path: String, known: &[&str]) -> Option<Fields<'v>> {
        let Value::Object(map) = value else {
            self.wrong_type(path, "object", value);
            return None;
        };
        let fields = Fields { map, path };
        for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
            self.report(
                fields.at(key),
                ProblemKind::UnknownField { field: key.clone() },
            );
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
        match value.as_f64() {
            Some(n) if value.is_number() => Some(n),
            _ => {
                self.wrong_type(path, "number", value);
                None
            }
        }
    }

    fn integer(&mut self, value: &Value, path: String) -> Option<i64> {
        match value.as_i64() {
            Some(n) => Some(n),
            None => {
                self.wrong_type(path, "whole number", value);
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

    /// A string, or an object of language codes to strings.
    fn text(&mut self, value: &Value, path: String) -> Option<Text> {
        match value {
            Value::String(s) => Some(Text::Plain(s.clone())),
            Value::Object(map) => {
                let mut texts = Vec::with_capacity(map.len());
                for (lang, text) in map {
                    let text = self.string(text, format!("{path}.{lang}"))?;
                    texts.push((lang.clone(), text));
                }
                Some(Text::Localized(texts))
            }
            other => {
                self.wrong_type(path, "text (a string or an object of languages)", other);
                None
            }
        }
    }

    /// An array whose items are read by `read`; every item is read even if one fails.
    fn array<T>(&mut self, value: &Value, path: String, read: Read<T>) -> Option<Vec<T>> {
        let Value::Array(items) = value else {
            self.wrong_type(path, "array", value);
            return None;
        };
        let read: Vec<Option<T>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| read(self, item, format!("{path}[{i}]")))
            .collect();
        read.into_iter().collect()
    }

    /// An object whose values are read by `read`, as (field name, value) pairs.
    fn map<T>(&mut self, value: &Value, path: String, read: Read<T>) -> Option<Vec<(String, T)>> {
        let Value::Object(map) = value else {
            self.wrong_type(path, "object", value);
            return None;
        };
        let read: Vec<Option<(String, T)>> = map
            .iter()
            .map(|(key, item)| read(self, item, format!("{path}.{key}")).map(|t| (key.clone(), t)))
            .collect();
        read.into_iter().collect()
    }

    fn file(&mut self, root: &Value) -> Option<File> {
        const KNOWN: &[&str] = &[
            "$schema",
            "format_version",
            "dataset",
            "groups",
            "criteria",
            "presets",
            "default_preset",
            "providers",
        ];
        let f = self.object(root, String::new(), KNOWN)?;
        let format_version = self.required(&f, "format_version", Self::integer);
        // Another version's fields are not this version's problems: say only that.
        if let Some(found) = format_version.filter(|v| *v != super::FORMAT_VERSION) {
            self.problems.clear();
            self.report("format_version", ProblemKind::UnsupportedVersion { found });
            return None;
        }
        let _ = self.optional(&f, "$schema", Self::string);
        let dataset = self.required(&f, "dataset", Self::meta);
        let groups = self.required(&f, "groups", |r, v, p| r.array(v, p, Self::group));
        let criteria = self.required(&f, "criteria", |r, v, p| r.array(v, p, Self::criterion));
        let presets = self.required(&f, "presets", |r, v, p| r.array(v, p, Self::preset));
        let default_preset = self.optional(&f, "default_preset", Self::string);
        let providers = self.required(&f, "providers", |r, v, p| r.array(v, p, Self::provider));
        Some(File {
            format_version: format_version?,
            dataset: dataset?,
            groups: groups?,
            criteria: criteria?,
            presets: presets?,
            default_preset: default_preset?,
            providers: providers?,
        })
    }

    fn meta(&mut self, value: &Value, path: String) -> Option<Meta> {
        const KNOWN: &[&str] = &[
            "title",
            "version",
            "last_updated",
            "contact",
            "description",
            "license",
        ];
        let f = self.object(value, path, KNOWN)?;
        let title = self.required(&f, "title", Self::text);
        let version = self.required(&f, "version", Self::string);
        let last_updated = self.required(&f, "last_updated", Self::string);
        let contact = self.required(&f, "contact", Self::string);
        let description = self.optional(&f, "description", Self::text);
        let license = self.optional(&f, "license", Self::string);
        Some(Meta {
            title: title?,
            version: version?,
            last_updated: last_updated?,
            contact: contact?,
            description: description?,
            license: license?,
        })
    }

    fn group(&mut self, value: &Value, path: String) -> Option<Group> {
        let f = self.object(value, path, &["id", "label", "description"])?;
        let id = self.required(&f, "id", Self::string);
        let label = self.required(&f, "label", Self::text);
        let description = self.optional(&f, "description", Self::text);
        Some(Group {
            id: id?,
            label: label?,
            description: description?,
        })
    }

    fn criterion(&mut self, value: &Value, path: String) -> Option<Criterion> {
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
        let min = self.required(&f, "min", Self::number);
        let max = self.required(&f, "max", Self::number);
        let levels = self.optional(&f, "levels", |r, v, p| r.array(v, p, Self::level));
        Some(Scale {
            min: min?,
            max: max?,
            levels: levels?.unwrap_or_default(),
        })
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

    fn preset(&mut self, value: &Value, path: String) -> Option<Preset> {
        const KNOWN: &[&str] = &["id", "label", "description", "weights", "source"];
        let f = self.object(value, path, KNOWN)?;
        let id = self.required(&f, "id", Self::string);
        let label = self.required(&f, "label", Self::text);
        let description = self.required(&f, "description", Self::text);
        let weights = self.required(&f, "weights", |r, v, p| r.map(v, p, Self::weight));
        let source = self.required(&f, "source", Self::preset_source);
        Some(Preset {
            id: id?,
            label: label?,
            description: description?,
            weights: weights?,
            source: source?,
        })
    }

    fn weight(&mut self, value: &Value, path: String) -> Option<u32> {
        match value.as_u64() {
            Some(w) => Some(u32::try_from(w).unwrap_or(u32::MAX)),
            None => {
                self.wrong_type(path, "whole number", value);
                None
            }
        }
    }

    fn preset_source(&mut self, value: &Value, path: String) -> Option<PresetSource> {
        let f = self.object(value, path, &["title", "url", "date"])?;
        let title = self.required(&f, "title", Self::string);
        let url = self.optional(&f, "url", Self::string);
        let date = self.optional(&f, "date", Self::string);
        Some(PresetSource {
            title: title?,
            url: url?,
            date: date?,
        })
    }

    fn provider(&mut self, value: &Value, path: String) -> Option<Provider> {
        const KNOWN: &[&str] = &[
            "id",
            "name",
            "country",
            "website",
            "owner",
            "reference",
            "sources",
            "values",
        ];
        let f = self.object(value, path, KNOWN)?;
        let id = self.required(&f, "id", Self::string);
        let name = self.required(&f, "name", Self::string);
        let country = self.required(&f, "country", Self::string);
        let website = self.required(&f, "website", Self::string);
        let owner = self.required(&f, "owner", Self::owner);
        let reference = self.optional(&f, "reference", Self::boolean);
        let sources = self.optional(&f, "sources", |r, v, p| r.array(v, p, Self::source));
        let values = self.required(&f, "values", |r, v, p| r.map(v, p, Self::value));
        Some(Provider {
            id: id?,
            name: name?,
            country: country?,
            website: website?,
            owner: owner?,
            reference: reference?.unwrap_or(false),
            sources: sources?.unwrap_or_default(),
            values: values?,
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

    fn source(&mut self, value: &Value, path: String) -> Option<Source> {
        let f = self.object(value, path, &["url", "date", "title"])?;
        let url = self.required(&f, "url", Self::string);
        let date = self.required(&f, "date", Self::string);
        let title = self.optional(&f, "title", Self::string);
        Some(Source {
            url: url?,
            date: date?,
            title: title?,
        })
    }

    fn value(&mut self, value: &Value, path: String) -> Option<Entry> {
        let f = self.object(value, path, &["value", "sources", "note"])?;
        let number = match f.map.get("value") {
            Some(Value::Null) => Some(None),
            Some(v) => self.number(v, f.at("value")).map(Some),
            None => {
                self.report(
                    f.path.clone(),
                    ProblemKind::MissingField {
                        field: "value".into(),
                    },
                );
                None
            }
        };
        let sources = self.optional(&f, "sources", |r, v, p| r.array(v, p, Self::source));
        let note = self.optional(&f, "note", Self::string);
        Some(Entry {
            value: number?,
            sources: sources?.unwrap_or_default(),
            note: note?,
        })
    }
}
