//! The data format's serde types (`data::format`), the format's one source of truth: the
//! committed providers.schema.json is the schema they generate; the bundled and documented
//! files read into them and back unchanged; and they agree with the tolerant reader
//! (`data::parse`) on which files are good, except where a case below says why not.
//!
//! "The reader accepts" a file here when it loads it without a warning: a warning means it
//! set a part aside, which is how the reader refuses a part. The cases and their verdicts
//! are also written to `$CARGO_TARGET_TMPDIR/format-cases-*.json`, where
//! tests/schema/run.mjs checks that ajv, on the generated schema, agrees with the types.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::format::{self, DataFile};
use eurocloud_compare::data::{self, Scheme, TenderOutcome};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use support::{file, CRITERIA};

/// Whether the format's types accept a file (the error if not).
fn types_read(json: &Value) -> Result<DataFile, String> {
    serde_json::from_str(&json.to_string()).map_err(|err| err.to_string())
}

/// Whether the tolerant reader loads a file without setting anything aside (the problems if
/// not).
fn reader_reads(json: &Value) -> Result<(), String> {
    match data::parse(&json.to_string()) {
        Ok(loaded) if loaded.warnings.is_empty() => Ok(()),
        Ok(loaded) => Err(format!("warnings {:?}", loaded.warnings)),
        Err(problems) => Err(format!("refused {problems:?}")),
    }
}

/// How the types and the reader judged one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Both accept it.
    Accepted,
    /// Both refuse it (the reader at least with a warning).
    Refused,
    /// The types accept it and the reader does not: a rule JSON Schema cannot express.
    OnlyReaderRefuses,
    /// The types refuse it and the reader takes it without a warning: a rule of the schema
    /// the app is lenient about.
    OnlyTypesRefuse,
}

fn verdict(json: &Value) -> (Verdict, String) {
    let types = types_read(json);
    let reader = reader_reads(json);
    let verdict = match (&types, &reader) {
        (Ok(_), Ok(())) => Verdict::Accepted,
        (Err(_), Err(_)) => Verdict::Refused,
        (Ok(_), Err(_)) => Verdict::OnlyReaderRefuses,
        (Err(_), Ok(())) => Verdict::OnlyTypesRefuse,
    };
    let types = types.err().unwrap_or_else(|| "accepted".into());
    let reader = reader.err().unwrap_or_else(|| "accepted".into());
    (verdict, format!("types: {types}\n    reader: {reader}"))
}

/// Writes the cases for tests/schema/run.mjs: each file, and whether the types accept it.
fn write_corpus(name: &str, cases: &[(String, Value)]) {
    let cases: Vec<Value> = cases
        .iter()
        .map(|(case, json)| json!({ "case": case, "accepted": types_read(json).is_ok(), "file": json }))
        .collect();
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, Value::Array(cases).to_string())
        .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

/// The valid file of tests/data.rs, with what the schema asks for and the reader does not:
/// each provider's `reference` flag and identity sources.
fn valid() -> Value {
    let mut json = file(
        CRITERIA,
        &[
            ("p", "P", vec![Some(1.0), Some(2.0), Some(3.0), Some(50.0)]),
            ("q", "Q", vec![Some(4.0), None, Some(0.0), Some(10.0)]),
        ],
    );
    for provider in json["providers"].as_array_mut().into_iter().flatten() {
        provider["reference"] = json!(false);
        provider["sources"] = json!([{ "url": "https://example.org/about", "date": "2026-01" }]);
    }
    json
}

/// `valid()` with every optional field of the format written once.
fn complete() -> Value {
    let source =
        json!([{ "url": "https://example.org/fact", "date": "2026-04-17", "title": "A fact" }]);
    let mut json = valid();
    json["$schema"] = json!("./providers.schema.json");
    json["dataset"]["description"] = json!("Test values.");
    json["dataset"]["license"] = json!("CC-BY-4.0");
    json["dataset"]["methodology"] = json!({ "en": "How.\nWhy.", "fr": "Comment." });
    json["groups"][0]["description"] = json!("The main group.");
    json["groups"][0]["framework"] = json!(true);
    json["criteria"][0]["unit"] = json!("SEAL level");
    json["criteria"][0]["scale"]["levels"] = json!([
        { "value": 0, "label": "None", "description": "Nothing" },
        { "value": 2, "label": { "en": "Some", "fr": "Un peu" } },
        { "value": 4, "label": "All" },
    ]);
    json["presets"][0]["source"] =
        json!({ "title": "Even", "url": "https://example.org/weights", "date": "2025" });
    json["default_preset"] = json!("even");
    json["profiles"] = json!([{
        "id": "strict", "label": "Strict", "description": "All of it",
        "gates": { "a": 2 },
        "require": [{ "scheme": "bsi-c5", "status": "type-2" }, { "scheme": "acn" }, { "scheme": "hds" }],
        "eu_headquarters": true, "eu_parent": false, "hide_references": true,
        "source": { "title": "A rule", "url": "https://example.org/rule", "date": "2026-01-01" }
    }]);
    let p = &mut json["providers"][0];
    p["owner"]["country"] = json!("FR");
    p["listed"] = json!({ "value": true, "note": "Euronext Paris", "sources": source });
    p["tender_2026"] = json!({ "value": "partner", "sources": source });
    p["certifications"] = json!([
        { "scheme": "secnumcloud", "status": "qualified", "scope": "Bare Metal", "sources": source },
        { "scheme": "iso-27001", "scope": "All data centres", "sources": source },
    ]);
    p["incidents"] = json!([{ "date": "2021-03", "summary": "A fire", "sources": source }]);
    p["values"]["a"]["note"] = json!("Because the source says so.");
    p["values"]["b"] = json!({ "value": null, "sources": [], "note": "Not found." });
    json
}

/// The JSON block after `## A minimal complete file` in docs/data-format.md.
fn documented_example() -> Value {
    let doc = include_str!("../docs/data-format.md");
    let section = &doc[doc
        .find("## A minimal complete file")
        .expect("section exists")..];
    let start = section.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + section[start..].find("```").expect("the block ends");
    serde_json::from_str(&section[start..end]).expect("the documented example is JSON")
}

fn bundled() -> Value {
    serde_json::from_str(support::bundled()).expect("providers.json is JSON")
}

#[test]
fn the_committed_schema_is_the_one_the_types_generate() {
    let committed = include_str!("../providers.schema.json");
    if let Some(difference) = format::schema_difference(committed, "providers.schema.json") {
        panic!("{difference}");
    }
    let schema = format::schema();
    assert_eq!(
        schema.get("$schema"),
        Some(&json!("https://json-schema.org/draft/2020-12/schema"))
    );
    assert!(schema.get("title").is_some() && schema.get("description").is_some());
}

#[test]
fn the_bundled_and_documented_files_read_into_the_types() {
    for (name, json) in [
        ("providers.json", bundled()),
        ("docs", documented_example()),
    ] {
        if let Err(err) = types_read(&json) {
            panic!("{name}: {err}");
        }
    }
    let file = types_read(&bundled()).expect("bundled");
    assert!(file.providers.as_slice().len() >= 18);
}

/// Numbers as `f64`, so that `4` and the `4.0` the types write back compare equal.
fn numbers_as_floats(value: Value) -> Value {
    match value {
        Value::Number(n) => n.as_f64().map_or(Value::Null, |f| json!(f)),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_floats).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, numbers_as_floats(v)))
                .collect(),
        ),
        other => other,
    }
}

#[test]
fn a_file_reads_into_the_types_and_back_unchanged() {
    for (name, json) in [
        ("providers.json", bundled()),
        ("docs", documented_example()),
        ("complete", complete()),
    ] {
        let file = types_read(&json).unwrap_or_else(|err| panic!("{name}: {err}"));
        let written = serde_json::to_value(&file).expect("the types serialize");
        let again: DataFile = serde_json::from_value(written.clone())
            .unwrap_or_else(|err| panic!("{name} written back: {err}"));
        assert_eq!(again, file, "{name}: types -> JSON -> types");
        // Nothing lost or added on the way: the same JSON as the file.
        assert_eq!(
            numbers_as_floats(written),
            numbers_as_floats(json),
            "{name}: file -> types -> JSON"
        );
    }
}

/// The schemes, statuses and tender outcomes of the types are the reader's own
/// (`data::Scheme`, `data::TenderOutcome`): the same ids, the same statuses.
#[test]
fn the_types_know_the_readers_schemes_statuses_and_outcomes() {
    let source = json!([{ "url": "https://example.org/c", "date": "2026" }]);
    let with_certification = |certification: Value| {
        let mut json = valid();
        json["providers"][0]["certifications"] = json!([certification]);
        json
    };
    let with_requirement = |requirement: Value| {
        let mut json = valid();
        json["profiles"] = json!([{ "id": "r", "label": "R", "description": "R",
            "require": [requirement], "source": { "title": "R" } }]);
        json
    };
    let accepted = |json: &Value| types_read(json).is_ok();
    for scheme in Scheme::ALL {
        let id = scheme.id();
        for status in scheme.statuses() {
            let held = json!({ "scheme": id, "status": status, "scope": "S", "sources": source });
            assert!(accepted(&with_certification(held)), "{id} {status}");
            let least = json!({ "scheme": id, "status": status });
            assert!(accepted(&with_requirement(least)), "{id} at least {status}");
        }
        let unknown = json!({ "scheme": id, "status": "bogus", "scope": "S", "sources": source });
        assert!(!accepted(&with_certification(unknown)), "{id} bogus");
        assert!(!accepted(&with_requirement(
            json!({ "scheme": id, "status": "bogus" })
        )));
        let bare = json!({ "scheme": id, "scope": "S", "sources": source });
        assert_eq!(
            accepted(&with_certification(bare)),
            scheme.statuses().is_empty(),
            "{id} without a status"
        );
        assert!(accepted(&with_requirement(json!({ "scheme": id }))), "{id}");
    }
    // ... and no scheme or outcome the reader does not know.
    let schema = format::schema().to_value();
    let consts = |def: &str| -> Vec<String> {
        let mut found: Vec<String> = schema["$defs"][def]["oneOf"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.pointer("/properties/scheme/const").or(v.get("const")))
            .filter_map(|c| c.as_str().map(str::to_owned))
            .collect();
        found.sort();
        found
    };
    let mut schemes: Vec<String> = Scheme::ALL.iter().map(|s| s.id().to_owned()).collect();
    schemes.sort();
    assert_eq!(consts("certification"), schemes);
    assert_eq!(consts("requirement"), schemes);
    let mut outcomes: Vec<String> = TenderOutcome::ALL
        .iter()
        .map(|(id, _)| id.to_string())
        .collect();
    outcomes.sort();
    assert_eq!(consts("tenderOutcome"), outcomes);
}

/// Removes `key` from the object `json`.
fn remove(json: &mut Value, key: &str) {
    if let Some(map) = json.as_object_mut() {
        map.shift_remove(key);
    }
}

/// Appends `item` to the array `json`.
fn push(json: &mut Value, item: Value) {
    if let Some(items) = json.as_array_mut() {
        items.push(item);
    }
}

/// A file made from `valid()` or `complete()` by one change.
fn changed(base: fn() -> Value, change: impl FnOnce(&mut Value)) -> Value {
    let mut json = base();
    change(&mut json);
    json
}

use Verdict::{Accepted, OnlyReaderRefuses, OnlyTypesRefuse, Refused};

/// Every file tests/data.rs builds (one change at a time, where it makes several at once),
/// and one file per rule of the schema, each with how the types and the reader judge it.
/// Where they disagree, the case says why.
fn cases() -> Vec<(&'static str, Verdict, Value)> {
    let source = json!([{ "url": "https://example.org/c", "date": "2026-04-17" }]);
    let text_en_fr = json!({ "en": "Strategic", "fr": "Stratégique" });
    vec![
        // The files both accept.
        ("the bundled providers.json", Accepted, bundled()),
        (
            "the example in docs/data-format.md",
            Accepted,
            documented_example(),
        ),
        (
            "every optional field, profiles with gates (data.rs: profiles_and_the_framework_group)",
            Accepted,
            complete(),
        ),
        (
            "a translated label (data.rs: text_may_be_localised)",
            Accepted,
            changed(valid, |j| j["criteria"][0]["label"] = text_en_fr.clone()),
        ),
        (
            "format_version written 1.0 (1 to JSON Schema and to the reader)",
            Accepted,
            changed(valid, |j| j["format_version"] = json!(1.0)),
        ),
        (
            "a weight written 10.0",
            Accepted,
            changed(valid, |j| j["presets"][0]["weights"]["a"] = json!(10.0)),
        ),
        (
            "facts, certifications and incidents (data.rs: facts_that_are_not_scores)",
            Accepted,
            changed(valid, |j| {
                let p = &mut j["providers"][0];
                p["listed"] = json!({ "value": true, "note": "Euronext Paris", "sources": source });
                p["tender_2026"] = json!({ "value": "partner", "sources": source });
                p["certifications"] = json!([
                    { "scheme": "secnumcloud", "status": "qualified", "scope": "Pod", "sources": source },
                    { "scheme": "iso-27001", "scope": "all data centres", "sources": source },
                ]);
                p["incidents"] =
                    json!([{ "date": "2021-03-10", "summary": "Fire", "sources": source }]);
            }),
        ),
        (
            "levels without descriptions, an old source (data.rs: the_audit_finds)",
            Accepted,
            changed(valid, |j| {
                j["criteria"][0]["scale"]["levels"] = json!([
                    { "value": 0, "label": "None", "description": "Nothing" },
                    { "value": 1, "label": "Some" },
                ]);
                j["providers"][0]["values"]["b"]["sources"][0]["date"] = json!("2024-05-28");
            }),
        ),
        (
            "profiles: []",
            Accepted,
            changed(valid, |j| j["profiles"] = json!([])),
        ),
        // The files both refuse (tests/data.rs).
        (
            "a file that is no object",
            Refused,
            json!(["format_version", 1]),
        ),
        (
            "a group label of the wrong type",
            Refused,
            changed(valid, |j| j["groups"][0]["label"] = json!(5)),
        ),
        (
            "direction: more",
            Refused,
            changed(valid, |j| j["criteria"][0]["direction"] = json!("more")),
        ),
        (
            "scale.min a string",
            Refused,
            changed(valid, |j| j["criteria"][1]["scale"]["min"] = json!("0")),
        ),
        (
            "an unknown field in a criterion",
            Refused,
            changed(valid, |j| j["criteria"][2]["colour"] = json!("red")),
        ),
        (
            "dataset without contact",
            Refused,
            changed(valid, |j| {
                remove(&mut j["dataset"], "contact");
            }),
        ),
        (
            "a value of the wrong type (data.rs: a_wrong_type_in_a_provider)",
            Refused,
            changed(valid, |j| {
                j["providers"][1]["values"]["b"] = json!({ "value": "high", "sources": [] })
            }),
        ),
        (
            "an unknown field in a provider",
            Refused,
            changed(valid, |j| j["providers"][0]["colour"] = json!("red")),
        ),
        (
            "a provider with only an id and values",
            Refused,
            changed(valid, |j| {
                push(&mut j["providers"], json!({ "id": "r", "values": {} }));
            }),
        ),
        (
            "format_version 2 (data.rs: another_format_version)",
            Refused,
            changed(valid, |j| {
                j["format_version"] = json!(2);
                j["methods"] = json!(["topsis"]);
            }),
        ),
        (
            "a malformed criterion id",
            Refused,
            changed(valid, |j| j["criteria"][0]["id"] = json!("Sov 1")),
        ),
        (
            "no providers",
            Refused,
            changed(valid, |j| j["providers"] = json!([])),
        ),
        (
            "a number without a source (data.rs: a_bad_value_counts_as_missing)",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["values"]["b"]["sources"] = json!([])
            }),
        ),
        (
            "a source date n/s",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["values"]["c"]["sources"][0]["date"] = json!("n/s")
            }),
        ),
        (
            "null without a note",
            Refused,
            changed(valid, |j| {
                j["providers"][1]["values"]["b"] = json!({ "value": null })
            }),
        ),
        (
            "a javascript: website (data.rs: only_web_links_are_kept)",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["website"] = json!("javascript:alert(1)")
            }),
        ),
        (
            "a data: source url",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["values"]["a"]["sources"][0]["url"] = json!("data:text/html,x")
            }),
        ),
        (
            "a weight above 100 (data.rs: an_incomplete_preset)",
            Refused,
            changed(valid, |j| j["presets"][0]["weights"]["a"] = json!(101)),
        ),
        (
            "a weight of 200, the only preset",
            Refused,
            changed(valid, |j| j["presets"][0]["weights"]["a"] = json!(200)),
        ),
        (
            "a label in French only",
            Refused,
            changed(valid, |j| {
                j["criteria"][1]["label"] = json!({ "fr": "Juridique" })
            }),
        ),
        (
            "a status BSI C5 does not have",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["certifications"] = json!([{ "scheme": "bsi-c5", "status": "type-3", "scope": "IaaS", "sources": source }]);
            }),
        ),
        (
            "ACN without a status",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["certifications"] =
                    json!([{ "scheme": "acn", "scope": "IaaS", "sources": source }]);
            }),
        ),
        (
            "a certification without a source",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["certifications"] =
                    json!([{ "scheme": "hds", "scope": "Private cloud", "sources": [] }]);
            }),
        ),
        (
            "an incident dated March 2021",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["incidents"] =
                    json!([{ "date": "March 2021", "summary": "Undated", "sources": source }]);
            }),
        ),
        (
            "tender_2026: won",
            Refused,
            changed(valid, |j| {
                j["providers"][1]["tender_2026"] = json!({ "value": "won", "sources": source });
            }),
        ),
        (
            "a profile requiring a status BSI C5 does not have",
            Refused,
            changed(complete, |j| {
                j["profiles"][0]["require"] = json!([{ "scheme": "bsi-c5", "status": "type-3" }]);
            }),
        ),
        (
            "a preset without a label (data.rs: a_preset_set_aside)",
            Refused,
            changed(valid, |j| {
                remove(&mut j["presets"][0], "label");
            }),
        ),
        // One file per rule of the schema, both refusing.
        (
            "a misspelt top-level field",
            Refused,
            changed(valid, |j| j["provider"] = json!([])),
        ),
        (
            "an unknown field in a value",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["values"]["a"]["colour"] = json!("red")
            }),
        ),
        (
            "an unknown field in a missing value",
            Refused,
            changed(valid, |j| {
                j["providers"][1]["values"]["b"]["colour"] = json!("red")
            }),
        ),
        (
            "an unknown field in a certification",
            Refused,
            changed(complete, |j| {
                j["providers"][0]["certifications"][0]["colour"] = json!("red")
            }),
        ),
        (
            "an unknown field in a certification without statuses",
            Refused,
            changed(complete, |j| {
                j["providers"][0]["certifications"][1]["colour"] = json!("red")
            }),
        ),
        (
            "an unknown field in a profile's requirement",
            Refused,
            changed(complete, |j| {
                j["profiles"][0]["require"][2]["colour"] = json!("red")
            }),
        ),
        (
            "a date 2026-4",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["sources"][0]["date"] = json!("2026-4")
            }),
        ),
        (
            "a year before 1900",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["sources"][0]["date"] = json!("1899")
            }),
        ),
        (
            "a weight of 10.5",
            Refused,
            changed(valid, |j| j["presets"][0]["weights"]["a"] = json!(10.5)),
        ),
        (
            "a gate of 1.5",
            Refused,
            changed(complete, |j| j["profiles"][0]["gates"]["a"] = json!(1.5)),
        ),
        (
            "a gate of -1",
            Refused,
            changed(complete, |j| j["profiles"][0]["gates"]["a"] = json!(-1)),
        ),
        (
            "format_version \"1\"",
            Refused,
            changed(valid, |j| j["format_version"] = json!("1")),
        ),
        (
            "no format_version",
            Refused,
            changed(valid, |j| {
                remove(j, "format_version");
            }),
        ),
        (
            "no groups",
            Refused,
            changed(valid, |j| j["groups"] = json!([])),
        ),
        (
            "no criteria",
            Refused,
            changed(valid, |j| j["criteria"] = json!([])),
        ),
        (
            "no presets",
            Refused,
            changed(valid, |j| j["presets"] = json!([])),
        ),
        (
            "a malformed provider id",
            Refused,
            changed(valid, |j| j["providers"][1]["id"] = json!("Q")),
        ),
        (
            "a values key that is no id",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["values"]["Not an id"] = json!({ "value": null, "note": "x" })
            }),
        ),
        (
            "an empty label",
            Refused,
            changed(valid, |j| j["criteria"][0]["label"] = json!("")),
        ),
        (
            "null with an empty note",
            Refused,
            changed(valid, |j| {
                j["providers"][1]["values"]["b"]["note"] = json!(" ")
            }),
        ),
        (
            "a listed fact without a source",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["listed"] = json!({ "value": true, "sources": [] });
            }),
        ),
        (
            "a listed fact that is no boolean",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["listed"] = json!({ "value": "yes", "sources": source });
            }),
        ),
        (
            "a status for ISO 27001, which has none",
            Refused,
            changed(valid, |j| {
                j["providers"][0]["certifications"] = json!([{ "scheme": "iso-27001", "status": "certified", "scope": "All", "sources": source }]);
            }),
        ),
        (
            "a profile requiring a status of ISO 27001",
            Refused,
            changed(complete, |j| {
                j["profiles"][0]["require"] =
                    json!([{ "scheme": "iso-27001", "status": "certified" }]);
            }),
        ),
        (
            "a profile requiring an unknown scheme",
            Refused,
            changed(complete, |j| {
                j["profiles"][0]["require"] = json!([{ "scheme": "fedramp" }]);
            }),
        ),
        (
            "a preset source url that is no web link",
            Refused,
            changed(complete, |j| {
                j["presets"][0]["source"]["url"] = json!("ftp://example.org")
            }),
        ),
        // Rules between fields or ids, which JSON Schema cannot express: the reader alone.
        (
            "a duplicate criterion id (data.rs: structural_problems)",
            OnlyReaderRefuses,
            changed(valid, |j| j["criteria"][1]["id"] = json!("a")),
        ),
        (
            "a criterion in no group",
            OnlyReaderRefuses,
            changed(valid, |j| j["criteria"][2]["group"] = json!("nowhere")),
        ),
        (
            "a scale with max = min",
            OnlyReaderRefuses,
            changed(valid, |j| {
                j["criteria"][3]["scale"] = json!({ "min": 5, "max": 5 })
            }),
        ),
        (
            "a value outside its scale",
            OnlyReaderRefuses,
            changed(valid, |j| {
                j["providers"][0]["values"]["a"]["value"] = json!(7)
            }),
        ),
        (
            "a level outside its scale",
            OnlyReaderRefuses,
            changed(valid, |j| {
                j["criteria"][0]["scale"]["levels"] = json!([{ "value": 9, "label": "Too high" }]);
            }),
        ),
        (
            "a duplicate provider id (data.rs: a_duplicate_provider)",
            OnlyReaderRefuses,
            changed(valid, |j| j["providers"][1]["id"] = json!("p")),
        ),
        (
            "a preset without a weight for one criterion",
            OnlyReaderRefuses,
            changed(valid, |j| {
                remove(&mut j["presets"][0]["weights"], "b");
            }),
        ),
        (
            "a weight for an unknown criterion",
            OnlyReaderRefuses,
            changed(valid, |j| j["presets"][0]["weights"]["zzz"] = json!(5)),
        ),
        (
            "default_preset names no preset",
            OnlyReaderRefuses,
            changed(valid, |j| j["default_preset"] = json!("missing")),
        ),
        (
            "a value for an unknown criterion",
            OnlyReaderRefuses,
            changed(valid, |j| {
                j["providers"][0]["values"]["zzz"] = json!({ "value": null, "note": "x" })
            }),
        ),
        (
            "a gate on an unknown criterion",
            OnlyReaderRefuses,
            changed(complete, |j| j["profiles"][0]["gates"] = json!({ "zz": 1 })),
        ),
        (
            "a gate off its criterion's levels",
            OnlyReaderRefuses,
            changed(complete, |j| j["profiles"][0]["gates"]["a"] = json!(9)),
        ),
        (
            "a gate on a criterion without levels",
            OnlyReaderRefuses,
            changed(complete, |j| j["profiles"][0]["gates"] = json!({ "b": 1 })),
        ),
        (
            "a gate outside the framework group",
            OnlyReaderRefuses,
            changed(complete, |j| {
                remove(&mut j["groups"][0], "framework");
            }),
        ),
        (
            "a duplicate profile id",
            OnlyReaderRefuses,
            changed(complete, |j| {
                let again = j["profiles"][0].clone();
                push(&mut j["profiles"], again);
            }),
        ),
        (
            "a profile requiring one scheme twice",
            OnlyReaderRefuses,
            changed(complete, |j| {
                j["profiles"][0]["require"] =
                    json!([{ "scheme": "acn" }, { "scheme": "acn", "status": "qi2" }]);
            }),
        ),
        (
            "a day that does not exist, 2025-02-29",
            OnlyReaderRefuses,
            changed(valid, |j| {
                j["providers"][0]["sources"][0]["date"] = json!("2025-02-29")
            }),
        ),
        (
            "a day that does not exist, 2026-04-31",
            OnlyReaderRefuses,
            changed(valid, |j| {
                j["dataset"]["last_updated"] = json!("2026-04-31")
            }),
        ),
        // What the schema asks for and the app takes silently (docs/data-format.md: "The
        // schema is stricter than the app in a few places").
        (
            "the files tests/support builds: no reference flag, no identity source",
            OnlyTypesRefuse,
            file(
                CRITERIA,
                &[("p", "P", vec![Some(1.0), Some(2.0), Some(3.0), Some(50.0)])],
            ),
        ),
        (
            "a provider without identity sources",
            OnlyTypesRefuse,
            changed(valid, |j| j["providers"][0]["sources"] = json!([])),
        ),
        (
            "null for an optional field: the reader reads it as absent",
            OnlyTypesRefuse,
            changed(valid, |j| j["dataset"]["license"] = Value::Null),
        ),
        (
            "null for default_preset",
            OnlyTypesRefuse,
            changed(valid, |j| j["default_preset"] = Value::Null),
        ),
        (
            "an empty string: the reader checks only notes and English texts",
            OnlyTypesRefuse,
            changed(valid, |j| j["providers"][0]["name"] = json!("")),
        ),
        (
            "an empty contact",
            OnlyTypesRefuse,
            changed(valid, |j| j["dataset"]["contact"] = json!("")),
        ),
        (
            "an empty $schema",
            OnlyTypesRefuse,
            changed(valid, |j| j["$schema"] = json!("")),
        ),
        (
            "an empty note on a number",
            OnlyTypesRefuse,
            changed(valid, |j| {
                j["providers"][0]["values"]["a"]["note"] = json!("")
            }),
        ),
        (
            "an empty French text: the reader checks only the English one",
            OnlyTypesRefuse,
            changed(valid, |j| {
                j["criteria"][0]["label"] = json!({ "en": "Strategic", "fr": "" })
            }),
        ),
        (
            "a malformed language code",
            OnlyTypesRefuse,
            changed(valid, |j| {
                j["criteria"][0]["label"] = json!({ "en": "Strategic", "FR": "x" })
            }),
        ),
        (
            "a lowercase country code: the app does not check country codes",
            OnlyTypesRefuse,
            changed(valid, |j| j["providers"][0]["country"] = json!("fr")),
        ),
        (
            "an owner's country spelt out",
            OnlyTypesRefuse,
            changed(valid, |j| {
                j["providers"][0]["owner"]["country"] = json!("France")
            }),
        ),
        (
            "last_updated without a day: the reader takes any source date",
            OnlyTypesRefuse,
            changed(valid, |j| j["dataset"]["last_updated"] = json!("2026-11")),
        ),
        (
            "a year after 2199",
            OnlyTypesRefuse,
            changed(valid, |j| {
                j["providers"][0]["sources"][0]["date"] = json!("2200")
            }),
        ),
        (
            "an empty list of levels",
            OnlyTypesRefuse,
            changed(valid, |j| j["criteria"][0]["scale"]["levels"] = json!([])),
        ),
        (
            "a preset with no weights at all",
            Refused,
            changed(valid, |j| j["presets"][0]["weights"] = json!({})),
        ),
    ]
}

#[test]
fn the_types_and_the_reader_agree_on_each_case_or_the_case_says_why() {
    // Text that is not JSON (data.rs: malformed_json_is_fatal), outside the cases: they are
    // JSON values.
    for text in ["{ \"format_version\": 1, ", &format!("{} x", valid())] {
        assert!(serde_json::from_str::<DataFile>(text).is_err());
        assert!(data::parse(text).is_err());
    }
    let cases = cases();
    let mut wrong = Vec::new();
    for (name, expected, json) in &cases {
        let (found, detail) = verdict(json);
        if found != *expected {
            wrong.push(format!(
                "{name}: expected {expected:?}, found {found:?}\n    {detail}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let corpus: Vec<(String, Value)> = cases
        .into_iter()
        .map(|(name, _, json)| (name.to_owned(), json))
        .collect();
    write_corpus("format-cases-listed.json", &corpus);
}

/// One step of a path into a file.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every member and item of `value`, as paths.
fn paths(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    let children: Vec<(Step, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Step::Index(i), v))
            .collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        path.push(step);
        out.push(path.clone());
        paths(child, path, out);
        path.pop();
    }
}

/// The path as the reader writes it, with each index as `[]`: `providers[].values.a`.
fn pattern(path: &[Step]) -> String {
    let mut text = String::new();
    for step in path {
        match step {
            Step::Key(key) if text.is_empty() => text.push_str(key),
            Step::Key(key) => text.push_str(&format!(".{key}")),
            Step::Index(_) => text.push_str("[]"),
        }
    }
    text
}

fn pointer(path: &[Step]) -> String {
    path.iter()
        .map(|step| match step {
            Step::Key(key) => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            Step::Index(i) => format!("/{i}"),
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Remove,
    Null,
    WrongType,
}

/// `json` with the member or item at `path` changed.
fn mutate(json: &Value, path: &[Step], change: Change) -> Value {
    let mut json = json.clone();
    let (last, parent) = path.split_last().expect("a path below the root");
    let Some(parent) = json.pointer_mut(&pointer(parent)) else {
        return json;
    };
    match change {
        Change::Remove => match (parent, last) {
            (Value::Object(map), Step::Key(key)) => {
                map.shift_remove(key);
            }
            (Value::Array(items), Step::Index(i)) => {
                items.remove(*i);
            }
            _ => {}
        },
        Change::Null | Change::WrongType => {
            let target = match (parent, last) {
                (Value::Object(map), Step::Key(key)) => map.get_mut(key),
                (Value::Array(items), Step::Index(i)) => items.get_mut(*i),
                _ => None,
            };
            if let Some(target) = target {
                *target = match (change, &*target) {
                    (Change::Null, _) => Value::Null,
                    (_, Value::String(_)) => json!(7),
                    (_, Value::Number(_)) => json!("7"),
                    (_, Value::Bool(_)) => json!("true"),
                    (_, Value::Null) => json!("null"),
                    (_, Value::Array(_)) => json!({}),
                    (_, Value::Object(_)) => json!([]),
                };
            }
        }
    }
    json
}

/// Why the types and the reader may judge a changed `complete()` file differently, if they
/// may: `None` for a disagreement no rule explains.
fn explained(
    change: Change,
    at: &str,
    found: Verdict,
    null_reads_as_absent: bool,
) -> Option<&'static str> {
    let levels_and_gates = "a profile's gate is one of its criterion's levels, on a criterion of \
                            the framework group (a rule between fields)";
    match (change, at, found) {
        (Change::Remove, "providers[].reference", OnlyTypesRefuse) => {
            Some("the reader reads a missing reference flag as false; the schema asks for it")
        }
        (Change::Remove, "providers[].sources" | "providers[].sources[]", OnlyTypesRefuse) => {
            Some("the reader takes a provider without identity sources; the schema asks for one")
        }
        (Change::Remove, _, OnlyReaderRefuses) if at.starts_with("presets[].weights.") => {
            Some("a preset weights every criterion (a rule between ids)")
        }
        (Change::Remove, "criteria[]", OnlyReaderRefuses) => {
            Some("weights and values name existing criteria (a rule between ids)")
        }
        (
            Change::Remove,
            "criteria[].scale.levels" | "criteria[].scale.levels[]" | "groups[].framework",
            OnlyReaderRefuses,
        ) => Some(levels_and_gates),
        (Change::Null, _, OnlyTypesRefuse) if null_reads_as_absent => {
            Some("the reader reads null as an absent optional field; the schema refuses null")
        }
        _ => None,
    }
}

/// Each member and item of a file with every optional field, removed, set to null and set
/// to a value of another type: the types and the reader agree on each changed file, or a
/// rule of `explained` says why not (and each rule is needed).
#[test]
fn the_types_and_the_reader_agree_on_every_change_of_one_field() {
    let base = complete();
    assert_eq!(verdict(&base).0, Accepted, "{}", verdict(&base).1);
    let mut all = Vec::new();
    paths(&base, &mut Vec::new(), &mut all);
    let mut unexplained = Vec::new();
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    let mut corpus = Vec::new();
    for path in &all {
        let at = pattern(path);
        for change in [Change::Remove, Change::Null, Change::WrongType] {
            let json = mutate(&base, path, change);
            let (found, detail) = verdict(&json);
            if matches!(found, OnlyReaderRefuses | OnlyTypesRefuse) {
                let null_reads_as_absent = matches!(path.last(), Some(Step::Key(_)))
                    && reader_reads(&mutate(&base, path, Change::Remove)).is_ok();
                match explained(change, &at, found, null_reads_as_absent) {
                    Some(reason) => *reasons.entry(reason).or_default() += 1,
                    None => unexplained.push(format!(
                        "{change:?} {}: {found:?}\n    {detail}",
                        pointer(path)
                    )),
                }
            }
            corpus.push((format!("{change:?} {}", pointer(path)), json));
        }
    }
    assert!(unexplained.is_empty(), "{}", unexplained.join("\n"));
    assert_eq!(
        reasons.len(),
        6,
        "a rule of `explained` no change needs: {reasons:#?}"
    );
    assert!(corpus.len() > 300, "{} changed files", corpus.len());
    write_corpus("format-cases-changed.json", &corpus);
}
