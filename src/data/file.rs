//! The serde shape of providers.json, format version 1, exactly as written in the file.
//! Nothing outside `data` sees these types: `validate` turns them into a `Dataset`.

use super::Text;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(rename = "$schema", default)]
    pub _schema: Option<String>,
    pub format_version: i64,
    pub dataset: Meta,
    pub groups: Vec<Group>,
    pub criteria: Vec<Criterion>,
    pub presets: Vec<Preset>,
    #[serde(default)]
    pub default_preset: Option<String>,
    pub providers: Vec<Provider>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub version: String,
    pub last_updated: String,
    pub contact: String,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub license: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub description: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub label: Text,
    pub description: Text,
    pub group: String,
    pub direction: super::Direction,
    pub scale: Scale,
    #[serde(default)]
    pub unit: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    #[serde(default)]
    pub levels: Vec<super::Level>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub label: Text,
    pub description: Text,
    pub weights: BTreeMap<String, u32>,
    pub source: super::PresetSource,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub country: String,
    pub website: String,
    pub owner: super::Owner,
    #[serde(default)]
    pub reference: bool,
    #[serde(default)]
    pub sources: Vec<super::Source>,
    pub values: BTreeMap<String, Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Value {
    pub value: Option<f64>,
    #[serde(default)]
    pub sources: Vec<super::Source>,
    #[serde(default)]
    pub note: Option<String>,
}
