//! The compact form of a checked data file: what the first load needs to rank, and nothing
//! a visitor only reads later (notes, sources, incidents, rubric texts, the texts of the
//! national profiles, the owners' names: of the owner, the EU filter needs the country).
//!
//! Two ways make one. `make dist` checks the bundled providers.json as strictly as
//! `check-data` does and writes it beside the page (`bin/publish.rs`); the page preloads
//! it in parallel with the wasm. A portal that publishes a plain data file of its own gets
//! it from the report module, which holds the tolerant reader that says where every
//! problem is (`report::check`). Either way the widget reads only this form, with
//! `read`, which trusts its writer: it checks types, indexes and ranges, so that a damaged
//! file is refused with where it broke, but it has no message per rule and sets nothing
//! aside. A file of another compact version is refused, never guessed at.
//!
//! The form is JSON with the plain file's own names where they exist, so a webmaster can
//! read it: `{"compact": 1, "full": "providers.json", "meta": …, "groups": […],
//! "criteria": […], "presets": […], "default_preset": 0, "profiles": […],
//! "providers": […]}`. Criteria name their group by index; provider values are a list in
//! the criteria's order, `null` where missing; certifications and requirements are
//! `[scheme, status]` pairs; `owner` holds only its `country`.

use super::json::{Map, Value};
use super::{
    Cell, Certification, Criterion, Dataset, Direction, Filters, Group, Level, Meta, Owner, Preset,
    PresetSource, Profile, Provider, Requirement, Scale, Scheme, SourceDate, Text,
};
use std::rc::Rc;

/// The only compact version this build reads and writes.
pub const COMPACT_VERSION: f64 = 1.0;

/// Reads a compact file (as `write` made it) into a `Dataset` whose notes, sources and
/// other texts for later reading are empty. `full` in the file (the plain file it was made
/// from, relative to it) is returned beside the dataset.
pub fn read(tree: &Value) -> Result<(Dataset, String), String> {
    let at = At(String::new());
    let root = at.object(tree)?;
    if root.get("compact").and_then(Value::as_f64) != Some(COMPACT_VERSION) {
        return Err(at.key("compact").fail("compact version 1"));
    }
    let full = at.key("full").string(root.get("full"))?;
    let criteria: Vec<Criterion> = at.key("criteria").each(root.get("criteria"), criterion)?;
    let groups = at.key("groups").each(root.get("groups"), group)?;
    let width = criteria.len();
    let presets = at
        .key("presets")
        .each(root.get("presets"), |at, v| preset(at, v, width))?;
    let default_preset = at.key("default_preset").index(root.get("default_preset"))?;
    let profiles = at
        .key("profiles")
        .each(root.get("profiles"), |at, v| profile(at, v, width))?;
    let providers = at
        .key("providers")
        .each(root.get("providers"), |at, v| provider(at, v, &criteria))?;
    if criteria.iter().any(|c| c.group >= groups.len()) {
        return Err(at.key("criteria").fail("group indexes inside groups"));
    }
    if default_preset >= presets.len() || providers.is_empty() {
        return Err(at.fail("a default preset among presets, and providers"));
    }
    let meta = meta(&at.key("meta"), root.get("meta"))?;
    let dataset = Dataset {
        meta,
        groups,
        criteria,
        presets,
        default_preset,
        profiles,
        providers: providers.into_iter().map(Rc::new).collect(),
    };
    Ok((dataset, full))
}

/// Where the reader is in the file, as a path (`providers[3].values[2]`).
struct At(String);

impl At {
    fn key(&self, key: &str) -> At {
        At(if self.0.is_empty() {
            key.to_owned()
        } else {
            [&self.0, ".", key].concat()
        })
    }

    fn item(&self, index: usize) -> At {
        At(format!("{}[{index}]", self.0))
    }

    fn fail(&self, expected: &str) -> String {
        let at = if self.0.is_empty() {
            "the file"
        } else {
            &self.0
        };
        [at, ": expected ", expected].concat()
    }

    fn object<'v>(&self, value: &'v Value) -> Result<&'v Map, String> {
        match value {
            Value::Object(map) => Ok(map),
            _ => Err(self.fail("an object")),
        }
    }

    fn string(&self, value: Option<&Value>) -> Result<String, String> {
        value
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| self.fail("a string"))
    }

    fn optional_string(&self, value: Option<&Value>) -> Result<Option<String>, String> {
        match value {
            None | Some(Value::Null) => Ok(None),
            some => self.string(some).map(Some),
        }
    }

    fn number(&self, value: Option<&Value>) -> Result<f64, String> {
        value
            .and_then(Value::as_f64)
            .filter(|n| n.is_finite())
            .ok_or_else(|| self.fail("a number"))
    }

    fn index(&self, value: Option<&Value>) -> Result<usize, String> {
        value
            .and_then(Value::as_u64)
            .map(|n| n as usize)
            .ok_or_else(|| self.fail("an index"))
    }

    fn boolean(&self, value: Option<&Value>) -> Result<bool, String> {
        match value {
            Some(Value::Bool(b)) => Ok(*b),
            _ => Err(self.fail("true or false")),
        }
    }

    fn text(&self, value: Option<&Value>) -> Result<Text, String> {
        match value {
            Some(Value::String(s)) => Ok(Text::Plain(s.clone())),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(lang, text)| Ok((lang.clone(), self.key(lang).string(Some(text))?)))
                .collect::<Result<_, String>>()
                .map(Text::Localized),
            _ => Err(self.fail("a text")),
        }
    }

    fn optional_text(&self, value: Option<&Value>) -> Result<Option<Text>, String> {
        match value {
            None | Some(Value::Null) => Ok(None),
            some => self.text(some).map(Some),
        }
    }

    fn list<'v>(&self, value: Option<&'v Value>) -> Result<&'v [Value], String> {
        match value {
            Some(Value::Array(items)) => Ok(items),
            _ => Err(self.fail("a list")),
        }
    }

    fn each<T>(
        &self,
        value: Option<&Value>,
        read: impl Fn(&At, &Value) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let items = self.list(value)?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| read(&self.item(i), item))
            .collect()
    }

    fn weights(&self, value: Option<&Value>, width: usize) -> Result<Vec<u8>, String> {
        let weights = self.each(value, |at, v| {
            let n = at.number(Some(v))?;
            (0.0..=100.0)
                .contains(&n)
                .then_some(n as u8)
                .ok_or_else(|| at.fail("a weight 0..=100"))
        })?;
        if weights.len() == width {
            Ok(weights)
        } else {
            Err(self.fail("one entry per criterion"))
        }
    }

    /// `[scheme, status]`: a scheme id and one of its statuses, or `null`.
    fn requirement(&self, value: &Value) -> Result<Requirement, String> {
        let pair = self.list(Some(value))?;
        let id = self.item(0).string(pair.first())?;
        let scheme = Scheme::ALL
            .into_iter()
            .find(|s| s.id() == id)
            .ok_or_else(|| self.item(0).fail("a certification scheme"))?;
        let status = match self.item(1).optional_string(pair.get(1))? {
            None => None,
            Some(given) => Some(
                *scheme
                    .statuses()
                    .iter()
                    .find(|s| **s == given)
                    .ok_or_else(|| self.item(1).fail("a status of the scheme"))?,
            ),
        };
        Ok(Requirement { scheme, status })
    }

    fn source(&self, value: Option<&Value>) -> Result<PresetSource, String> {
        let f = self.object(value.unwrap_or(&Value::Null))?;
        Ok(PresetSource {
            title: self.key("title").string(f.get("title"))?,
            url: self.key("url").optional_string(f.get("url"))?,
            date: self.key("date").optional_string(f.get("date"))?,
        })
    }
}

fn meta(at: &At, value: Option<&Value>) -> Result<Meta, String> {
    let f = at.object(value.unwrap_or(&Value::Null))?;
    Ok(Meta {
        title: at.key("title").text(f.get("title"))?,
        version: at.key("version").string(f.get("version"))?,
        last_updated: at
            .key("last_updated")
            .optional_string(f.get("last_updated"))?
            .and_then(|d| SourceDate::parse(&d)),
        contact: at.key("contact").string(f.get("contact"))?,
        description: at.key("description").optional_text(f.get("description"))?,
        license: at.key("license").optional_string(f.get("license"))?,
        methodology: at.key("methodology").optional_text(f.get("methodology"))?,
    })
}

fn group(at: &At, value: &Value) -> Result<Group, String> {
    let f = at.object(value)?;
    Ok(Group {
        id: at.key("id").string(f.get("id"))?,
        label: at.key("label").text(f.get("label"))?,
        description: None,
        framework: at.key("framework").boolean(f.get("framework"))?,
    })
}

fn criterion(at: &At, value: &Value) -> Result<Criterion, String> {
    let f = at.object(value)?;
    let direction = match at.key("direction").string(f.get("direction"))?.as_str() {
        "benefit" => Direction::Benefit,
        "cost" => Direction::Cost,
        _ => return Err(at.key("direction").fail("benefit or cost")),
    };
    let scale = at.key("scale");
    let s = scale.object(f.get("scale").unwrap_or(&Value::Null))?;
    let (min, max) = (
        scale.key("min").number(s.get("min"))?,
        scale.key("max").number(s.get("max"))?,
    );
    if max <= min {
        return Err(scale.fail("max above min"));
    }
    let levels = scale.key("levels").each(s.get("levels"), |at, v| {
        let f = at.object(v)?;
        Ok(Level {
            value: at.key("value").number(f.get("value"))?,
            label: at.key("label").text(f.get("label"))?,
            description: None,
        })
    })?;
    Ok(Criterion {
        id: at.key("id").string(f.get("id"))?,
        label: at.key("label").text(f.get("label"))?,
        description: at.key("description").text(f.get("description"))?,
        group: at.key("group").index(f.get("group"))?,
        direction,
        scale: Scale { min, max, levels },
        unit: at.key("unit").optional_text(f.get("unit"))?,
    })
}

fn preset(at: &At, value: &Value, width: usize) -> Result<Preset, String> {
    let f = at.object(value)?;
    Ok(Preset {
        id: at.key("id").string(f.get("id"))?,
        label: at.key("label").text(f.get("label"))?,
        description: at.key("description").text(f.get("description"))?,
        weights: at.key("weights").weights(f.get("weights"), width)?,
        source: at.key("source").source(f.get("source"))?,
    })
}

/// A profile's filters: its texts and source are drawn by the report module, from the
/// plain file.
fn profile(at: &At, value: &Value, width: usize) -> Result<Profile, String> {
    let f = at.object(value)?;
    let filters = at.key("filters");
    let g = filters.object(f.get("filters").unwrap_or(&Value::Null))?;
    let gates = filters.key("gates");
    let gates = gates.weights(g.get("gates"), width)?;
    let required = filters
        .key("required")
        .each(g.get("required"), |at, v| at.requirement(v))?;
    let flag = |key: &str| filters.key(key).boolean(g.get(key));
    Ok(Profile {
        id: at.key("id").string(f.get("id"))?,
        label: Text::Plain(String::new()),
        description: Text::Plain(String::new()),
        filters: Filters {
            gates,
            required,
            eu_headquarters: flag("eu_headquarters")?,
            eu_parent: flag("eu_parent")?,
            hide_references: flag("hide_references")?,
        },
        source: unsourced(),
    })
}

fn provider(at: &At, value: &Value, criteria: &[Criterion]) -> Result<Provider, String> {
    let f = at.object(value)?;
    let owner = at.key("owner");
    let o = owner.object(f.get("owner").unwrap_or(&Value::Null))?;
    let values = at.key("values");
    let cells = values.each(f.get("values"), |at, v| match v {
        Value::Null => Ok(Cell::MISSING),
        v => Ok(Cell {
            value: Some(at.number(Some(v))?),
            ..Cell::MISSING
        }),
    })?;
    if cells.len() != criteria.len() {
        return Err(values.fail("one entry per criterion"));
    }
    let outside = cells.iter().zip(criteria).position(|(cell, c)| {
        cell.value
            .is_some_and(|v| !(c.scale.min..=c.scale.max).contains(&v))
    });
    if let Some(i) = outside {
        return Err(values.item(i).fail("a value inside the criterion's scale"));
    }
    let certifications = at
        .key("certifications")
        .each(f.get("certifications"), |at, v| {
            let Requirement { scheme, status } = at.requirement(v)?;
            Ok(Certification {
                scheme,
                status,
                scope: String::new(),
                sources: Vec::new(),
            })
        })?;
    Ok(Provider {
        id: at.key("id").string(f.get("id"))?,
        name: at.key("name").string(f.get("name"))?,
        country: at.key("country").string(f.get("country"))?,
        website: String::new(),
        // The owner's name is for a provider's details, which read the plain file.
        owner: Owner {
            name: String::new(),
            country: owner.key("country").optional_string(o.get("country"))?,
        },
        reference: at.key("reference").boolean(f.get("reference"))?,
        sources: Vec::new(),
        listed: None,
        certifications,
        tender_2026: None,
        incidents: Vec::new(),
        values: cells,
    })
}

/// The source of what the compact form keeps without one (profiles: the report module
/// shows theirs).
fn unsourced() -> PresetSource {
    PresetSource {
        title: String::new(),
        url: None,
        date: None,
    }
}

/// The compact form of a dataset, as JSON text; `full` names the plain file it was made
/// from, relative to where the compact file is published.
pub fn write(dataset: &Dataset, full: &str) -> String {
    document(dataset, full).to_string()
}

/// The compact form of a dataset, as a JSON tree (`write` prints it).
pub fn document(dataset: &Dataset, full: &str) -> serde_json::Value {
    use serde_json::{json, Value as Json};
    let text = |t: &Text| match t {
        Text::Plain(s) => Json::from(s.as_str()),
        Text::Localized(pairs) => pairs
            .iter()
            .map(|(lang, s)| (lang.clone(), Json::from(s.as_str())))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    };
    let pair = |scheme: Scheme, status: Option<&str>| json!([scheme.id(), status]);
    let source = |s: &PresetSource| json!({"title": s.title, "url": s.url, "date": s.date});
    let meta = &dataset.meta;
    json!({
        "compact": 1,
        "full": full,
        "meta": {
            "title": text(&meta.title),
            "version": meta.version,
            "last_updated": meta.last_updated.map(|d| d.to_string()),
            "contact": meta.contact,
            "description": meta.description.as_ref().map(text),
            "license": meta.license,
            "methodology": meta.methodology.as_ref().map(text),
        },
        "groups": dataset.groups.iter().map(|g| json!({
            "id": g.id, "label": text(&g.label), "framework": g.framework,
        })).collect::<Vec<_>>(),
        "criteria": dataset.criteria.iter().map(|c| json!({
            "id": c.id,
            "label": text(&c.label),
            "description": text(&c.description),
            "group": c.group,
            "direction": match c.direction { Direction::Benefit => "benefit", Direction::Cost => "cost" },
            "scale": {
                "min": c.scale.min,
                "max": c.scale.max,
                "levels": c.scale.levels.iter().map(|l| json!({
                    "value": l.value, "label": text(&l.label),
                })).collect::<Vec<_>>(),
            },
            "unit": c.unit.as_ref().map(text),
        })).collect::<Vec<_>>(),
        "presets": dataset.presets.iter().map(|p| json!({
            "id": p.id,
            "label": text(&p.label),
            "description": text(&p.description),
            "weights": p.weights,
            "source": source(&p.source),
        })).collect::<Vec<_>>(),
        "default_preset": dataset.default_preset,
        "profiles": dataset.profiles.iter().map(|p| json!({
            "id": p.id,
            "filters": {
                "gates": p.filters.gates,
                "required": p.filters.required.iter()
                    .map(|r| pair(r.scheme, r.status)).collect::<Vec<_>>(),
                "eu_headquarters": p.filters.eu_headquarters,
                "eu_parent": p.filters.eu_parent,
                "hide_references": p.filters.hide_references,
            },
        })).collect::<Vec<_>>(),
        "providers": dataset.providers.iter().map(|p| json!({
            "id": p.id,
            "name": p.name,
            "country": p.country,
            "owner": {"country": p.owner.country},
            "reference": p.reference,
            "certifications": p.certifications.iter()
                .map(|c| pair(c.scheme, c.status)).collect::<Vec<_>>(),
            "values": p.values.iter().map(|c| c.value).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// What `read` gives back from `write`: the dataset without what the compact form leaves
/// out (for tests, and for checking a compact file against its plain one).
pub fn ranking_part(dataset: &Dataset) -> Dataset {
    let mut d = dataset.clone();
    for p in &mut d.profiles {
        p.label = Text::Plain(String::new());
        p.description = Text::Plain(String::new());
        p.source = unsourced();
    }
    for g in &mut d.groups {
        g.description = None;
    }
    for c in &mut d.criteria {
        for l in &mut c.scale.levels {
            l.description = None;
        }
    }
    d.providers = d
        .providers
        .iter()
        .map(|p| {
            Rc::new(Provider {
                website: String::new(),
                owner: crate::data::Owner {
                    name: String::new(),
                    country: p.owner.country.clone(),
                },
                sources: Vec::new(),
                listed: None,
                tender_2026: None,
                incidents: Vec::new(),
                certifications: p
                    .certifications
                    .iter()
                    .map(|c| Certification {
                        scope: String::new(),
                        sources: Vec::new(),
                        ..c.clone()
                    })
                    .collect(),
                values: p
                    .values
                    .iter()
                    .map(|c| Cell {
                        value: c.value,
                        ..Cell::MISSING
                    })
                    .collect(),
                ..(**p).clone()
            })
        })
        .collect();
    d
}
