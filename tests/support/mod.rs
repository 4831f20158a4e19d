//! Builds small data files for the native tests.
#![allow(dead_code)]

use eurocloud_compare::data::{self, Dataset};

#[cfg(not(target_arch = "wasm32"))]
pub mod random;
use serde_json::{json, Value};

/// A criterion for `file`: (id, direction, min, max).
pub type CriterionSpec = (&'static str, &'static str, f64, f64);

/// A valid data file (as JSON) with the given criteria, an "even" preset weighting all
/// of them 10, and one provider per (id, name, values) with a source on every value.
pub fn file(criteria: &[CriterionSpec], providers: &[(&str, &str, Vec<Option<f64>>)]) -> Value {
    let source = json!([{ "url": "https://example.org/source", "date": "2026-01-15" }]);
    json!({
        "format_version": 1,
        "dataset": {
            "title": "Test data", "version": "1", "last_updated": "2026-11-28",
            "contact": "mailto:data@example.org"
        },
        "groups": [{ "id": "main", "label": "Main" }],
        "criteria": criteria.iter().map(|(id, direction, min, max)| json!({
            "id": id, "label": id.to_uppercase(), "description": "A criterion", "group": "main",
            "direction": direction, "scale": { "min": min, "max": max }
        })).collect::<Vec<_>>(),
        "presets": [{
            "id": "even", "label": "Even", "description": "All the same",
            "weights": criteria.iter().map(|(id, ..)| (id.to_string(), json!(10))).collect::<serde_json::Map<_, _>>(),
            "source": { "title": "Test" }
        }],
        "providers": providers.iter().map(|(id, name, values)| json!({
            "id": id, "name": name, "country": "FR", "website": "https://example.org",
            "owner": { "name": "Owner" },
            "values": criteria.iter().zip(values).map(|((cid, ..), v)| (cid.to_string(), match v {
                Some(v) => json!({ "value": v, "sources": source.clone() }),
                None => json!({ "value": null, "note": "Not found" }),
            })).collect::<serde_json::Map<_, _>>()
        })).collect::<Vec<_>>()
    })
}

pub fn dataset(json: &Value) -> Dataset {
    let loaded = data::parse(&json.to_string()).expect("test file is valid");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.dataset
}

/// Three benefit criteria on 0..=4 (like SEAL levels) and one cost criterion in EUR.
pub const CRITERIA: &[CriterionSpec] = &[
    ("a", "benefit", 0.0, 4.0),
    ("b", "benefit", 0.0, 4.0),
    ("c", "benefit", 0.0, 4.0),
    ("price", "cost", 0.0, 200.0),
];

pub fn bundled() -> &'static str {
    include_str!("../../providers.json")
}
