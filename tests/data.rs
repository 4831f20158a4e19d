//! The data file: the bundled one is clean, and every kind of broken file says what is
//! wrong and where, while a broken value or provider leaves the rest usable.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::{self, Problem, ProblemKind, Scheme, TenderOutcome};
use serde_json::{json, Value};
use support::{file, CRITERIA};

fn valid() -> Value {
    file(
        CRITERIA,
        &[
            ("p", "P", vec![Some(1.0), Some(2.0), Some(3.0), Some(50.0)]),
            ("q", "Q", vec![Some(4.0), None, Some(0.0), Some(10.0)]),
        ],
    )
}

fn fatal(json: &Value) -> Vec<Problem> {
    let problems = data::parse(&json.to_string()).expect_err("the file must be refused");
    assert!(problems.iter().any(|p| p.fatal));
    problems
}

fn warnings(json: &Value) -> (data::Dataset, Vec<(String, ProblemKind)>) {
    let loaded = data::parse(&json.to_string()).expect("the file stays usable");
    let warnings = loaded
        .warnings
        .into_iter()
        .map(|p| (p.path, p.kind))
        .collect();
    (loaded.dataset, warnings)
}

#[test]
fn the_bundled_file_is_clean_and_fully_sourced() {
    let loaded = data::parse(support::bundled()).expect("bundled providers.json parses");
    assert_eq!(
        loaded.warnings,
        vec![],
        "the bundled file must have no warnings"
    );
    let d = loaded.dataset;
    let ids: Vec<&str> = d.providers.iter().map(|p| p.id.as_str()).collect();
    assert!(ids.len() >= 18, "{} providers", ids.len());
    let provider = |id: &str| {
        d.providers
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id} missing"))
    };
    // Every provider the Commission studied or awarded, the main other European ones,
    // and the non-EU reference points.
    for id in [
        "ovhcloud",
        "scaleway",
        "ionos",
        "aruba",
        "stackit",
        "clever-cloud",
        "post-telecom",
        "s3ns",
        "open-telekom-cloud",
        "hetzner",
        "3ds-outscale",
        "exoscale",
        "upcloud",
        "infomaniak",
        "cleura",
        "cloud-temple",
    ] {
        assert!(!provider(id).reference, "{id} is not a reference");
    }
    for id in [
        "microsoft-azure",
        "aws",
        "aws-european-sovereign-cloud",
        "google-cloud",
    ] {
        assert!(
            provider(id).reference,
            "{id} is flagged as a non-EU reference"
        );
    }
    let sov: Vec<&str> = d
        .criteria
        .iter()
        .filter(|c| c.id.starts_with("sov-"))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        sov,
        ["sov-1", "sov-2", "sov-3", "sov-4", "sov-5", "sov-6", "sov-7", "sov-8"]
    );
    for criterion in d.criteria.iter().filter(|c| c.id.starts_with("sov-")) {
        assert_eq!((criterion.scale.min, criterion.scale.max), (0.0, 4.0));
        let rubric: Vec<f64> = criterion.scale.levels.iter().map(|l| l.value).collect();
        assert_eq!(
            rubric,
            [0.0, 1.0, 2.0, 3.0, 4.0],
            "{}: every SEAL level has its rubric",
            criterion.id
        );
        assert!(criterion
            .scale
            .levels
            .iter()
            .all(|l| l.description.is_some()));
    }
    let official = &d.presets[d.default_preset];
    assert_eq!(official.id, "csf-official");
    assert_eq!(
        official.weights[..8],
        [15, 10, 10, 15, 20, 15, 10, 5],
        "CSF v1.2.1 weights"
    );
    assert!(
        d.presets.len() >= 4,
        "the official weights and at least two more"
    );
    assert!(d.meta.methodology.is_some());
    for provider in &d.providers {
        assert!(
            !provider.sources.is_empty(),
            "{} has identity sources",
            provider.id
        );
        for (criterion, cell) in d.criteria.iter().zip(&provider.values) {
            match cell.value {
                Some(_) => assert!(
                    !cell.sources.is_empty() && cell.note.is_some(),
                    "{}.{}: a value needs a source and a justification",
                    provider.id,
                    criterion.id
                ),
                None => assert!(cell.note.as_deref().is_some_and(|n| !n.is_empty())),
            }
        }
    }
}

#[test]
fn malformed_json_is_fatal_with_the_parser_position() {
    let problems = data::parse("{ \"format_version\": 1, ").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].kind,
        ProblemKind::Syntax {
            line: 1,
            column: 23
        }
    );
    let trailing = data::parse(&format!("{} x", valid())).unwrap_err();
    assert!(matches!(
        trailing[0].kind,
        ProblemKind::Syntax { line: 1, .. }
    ));
}

#[test]
fn a_wrong_type_in_the_structure_is_fatal_and_every_one_is_listed() {
    let mut json = valid();
    json["groups"][0]["label"] = json!(5);
    json["criteria"][0]["direction"] = json!("more");
    json["criteria"][1]["scale"]["min"] = json!("0");
    json["criteria"][2]["colour"] = json!("red");
    json["dataset"].as_object_mut().unwrap().remove("contact");
    let found: Vec<(String, ProblemKind)> =
        fatal(&json).into_iter().map(|p| (p.path, p.kind)).collect();
    let text = "text (a string or an object of languages)";
    assert_eq!(
        found,
        vec![
            (
                "dataset".into(),
                ProblemKind::MissingField {
                    field: "contact".into()
                }
            ),
            (
                "groups[0].label".into(),
                ProblemKind::WrongType {
                    expected: text,
                    found: "number"
                }
            ),
            (
                "criteria[0].direction".into(),
                ProblemKind::NotOneOf {
                    found: "more".into(),
                    allowed: "benefit, cost"
                }
            ),
            (
                "criteria[1].scale.min".into(),
                ProblemKind::WrongType {
                    expected: "number",
                    found: "string"
                }
            ),
            (
                "criteria[2].colour".into(),
                ProblemKind::UnknownField {
                    field: "colour".into()
                }
            ),
        ],
        "every problem is listed, not only the first"
    );
}

#[test]
fn a_wrong_type_in_a_provider_sets_only_that_part_aside() {
    let mut json = valid();
    json["providers"][1]["values"]["b"] = json!({ "value": "high", "sources": [] });
    json["providers"][0]["colour"] = json!("red");
    json["providers"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "r", "values": {} }));
    let (d, warnings) = warnings(&json);
    assert_eq!(
        warnings,
        vec![
            (
                "providers[0].colour".into(),
                ProblemKind::UnknownField {
                    field: "colour".into()
                }
            ),
            (
                "providers[1].values.b.value".into(),
                ProblemKind::WrongType {
                    expected: "number",
                    found: "string"
                }
            ),
            (
                "providers[2]".into(),
                ProblemKind::MissingField {
                    field: "name".into()
                }
            ),
            (
                "providers[2]".into(),
                ProblemKind::MissingField {
                    field: "country".into()
                }
            ),
            (
                "providers[2]".into(),
                ProblemKind::MissingField {
                    field: "website".into()
                }
            ),
            (
                "providers[2]".into(),
                ProblemKind::MissingField {
                    field: "owner".into()
                }
            ),
        ]
    );
    let ids: Vec<&str> = d.providers.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p", "q"], "the provider without a name is set aside");
    assert_eq!(
        d.providers[1].values[1].value, None,
        "the wrongly typed value is missing"
    );
    assert_eq!(
        d.providers[1].values[0].value,
        Some(4.0),
        "its other values stay"
    );
}

#[test]
fn another_format_version_is_named_as_such() {
    let mut json = valid();
    json["format_version"] = json!(2);
    json["methods"] = json!(["topsis"]);
    let problems = fatal(&json);
    assert_eq!(
        problems[0].kind,
        ProblemKind::UnsupportedVersion { found: 2 }
    );
    assert_eq!(problems[0].path, "format_version");
}

#[test]
fn structural_problems_are_fatal_and_all_listed() {
    let mut json = valid();
    json["criteria"][1]["id"] = json!("a");
    json["criteria"][2]["group"] = json!("nowhere");
    json["criteria"][3]["scale"] = json!({ "min": 5, "max": 5 });
    let kinds: Vec<(String, ProblemKind)> =
        fatal(&json).into_iter().map(|p| (p.path, p.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (
                "criteria[1].id".into(),
                ProblemKind::DuplicateId { id: "a".into() }
            ),
            (
                "criteria[2].group".into(),
                ProblemKind::UnknownGroup {
                    id: "nowhere".into()
                }
            ),
            (
                "criteria[3].scale".into(),
                ProblemKind::BadScale { min: 5.0, max: 5.0 }
            ),
        ]
    );
    let mut json = valid();
    json["criteria"][0]["id"] = json!("Sov 1");
    assert_eq!(
        fatal(&json)[0].kind,
        ProblemKind::InvalidId { id: "Sov 1".into() }
    );
    let mut json = valid();
    json["providers"] = json!([]);
    assert_eq!(fatal(&json)[0].kind, ProblemKind::NoProviders);
}

#[test]
fn a_bad_value_counts_as_missing_and_the_rest_stays() {
    let mut json = valid();
    json["providers"][0]["values"]["a"]["value"] = json!(7);
    json["providers"][0]["values"]["b"]["sources"] = json!([]);
    json["providers"][0]["values"]["c"]["sources"][0]["date"] = json!("n/s");
    json["providers"][1]["values"]["b"] = json!({ "value": null });
    let (d, warnings) = warnings(&json);
    assert_eq!(
        warnings,
        vec![
            (
                "providers[0].values.a.value".into(),
                ProblemKind::ValueOutsideScale {
                    value: 7.0,
                    min: 0.0,
                    max: 4.0
                }
            ),
            (
                "providers[0].values.b.sources".into(),
                ProblemKind::ValueWithoutSource
            ),
            (
                "providers[0].values.c.sources[0].date".into(),
                ProblemKind::BadDate { date: "n/s".into() }
            ),
            (
                "providers[0].values.c.sources".into(),
                ProblemKind::ValueWithoutSource
            ),
            (
                "providers[1].values.b".into(),
                ProblemKind::MissingWithoutNote
            ),
        ]
    );
    let values: Vec<Option<f64>> = d.providers[0].values.iter().map(|c| c.value).collect();
    assert_eq!(values, [None, None, None, Some(50.0)]);
}

#[test]
fn only_web_links_are_kept() {
    let mut json = valid();
    json["providers"][0]["website"] = json!("javascript:alert(1)");
    json["providers"][0]["values"]["a"]["sources"][0]["url"] = json!("data:text/html,x");
    let (d, warnings) = warnings(&json);
    assert_eq!(d.providers[0].website, "");
    assert_eq!(d.providers[0].values[0].value, None);
    assert!(warnings.contains(&(
        "providers[0].website".into(),
        ProblemKind::BadUrl {
            url: "javascript:alert(1)".into()
        }
    )));
    assert_eq!(
        data::contact_link("mailto:data@example.org"),
        Some("mailto:data@example.org")
    );
    assert_eq!(data::contact_link("javascript:alert(1)"), None);
    assert_eq!(data::contact_link("Write to the data office"), None);
}

#[test]
fn a_duplicate_provider_is_set_aside() {
    let mut json = valid();
    json["providers"][1]["id"] = json!("p");
    let (d, warnings) = warnings(&json);
    assert_eq!(d.providers.len(), 1);
    assert_eq!(
        warnings,
        vec![(
            "providers[1].id".into(),
            ProblemKind::DuplicateId { id: "p".into() }
        )]
    );
}

#[test]
fn an_incomplete_preset_is_set_aside_and_none_left_is_fatal() {
    let mut json = valid();
    let even = json["presets"][0].clone();
    let mut partial = even.clone();
    partial["id"] = json!("partial");
    partial["weights"].as_object_mut().unwrap().remove("b");
    partial["weights"]["zzz"] = json!(5);
    let mut heavy = even.clone();
    heavy["id"] = json!("heavy");
    heavy["weights"]["a"] = json!(101);
    json["presets"] = json!([partial, even, heavy]);
    json["default_preset"] = json!("missing");
    let (d, warnings) = warnings(&json);
    assert_eq!(
        d.presets.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["even"]
    );
    assert_eq!(d.default_preset, 0);
    let kinds: Vec<ProblemKind> = warnings.into_iter().map(|(_, k)| k).collect();
    assert_eq!(
        kinds,
        vec![
            ProblemKind::UnknownCriterion { id: "zzz".into() },
            ProblemKind::PresetMissingWeight {
                criterion: "b".into()
            },
            ProblemKind::WeightOutOfRange { weight: 101 },
            ProblemKind::UnknownPreset {
                id: "missing".into()
            },
        ]
    );
    let mut json = valid();
    json["presets"][0]["weights"]["a"] = json!(200);
    assert!(fatal(&json)
        .iter()
        .any(|p| p.kind == ProblemKind::NoPresets));
}

#[test]
fn text_may_be_localised() {
    let mut json = valid();
    json["criteria"][0]["label"] = json!({ "en": "Strategic", "fr": "Stratégique" });
    json["criteria"][1]["label"] = json!({ "fr": "Juridique" });
    let (d, warnings) = warnings(&json);
    assert_eq!(d.criteria[0].label.get("fr"), "Stratégique");
    assert_eq!(
        warnings,
        vec![("criteria[1].label".into(), ProblemKind::NoEnglishText)]
    );
}

#[test]
fn the_example_in_the_format_documentation_loads_without_warnings() {
    let doc = include_str!("../docs/data-format.md");
    let section = &doc[doc
        .find("## A minimal complete file")
        .expect("section exists")..];
    let start = section.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + section[start..].find("```").expect("the block ends");
    let loaded = data::parse(&section[start..end]).expect("the documented example loads");
    assert_eq!(loaded.warnings, vec![]);
}

#[test]
fn facts_that_are_not_scores_are_read_and_a_broken_one_set_aside() {
    let mut json = valid();
    let source = json!([{ "url": "https://example.org/fact", "date": "2026-04-17" }]);
    json["providers"][0]["listed"] =
        json!({ "value": true, "note": "Euronext Paris", "sources": source });
    json["providers"][0]["tender_2026"] = json!({ "value": "partner", "sources": source });
    json["providers"][0]["certifications"] = json!([
        { "scheme": "secnumcloud", "status": "qualified", "scope": "Bare Metal Pod", "sources": source },
        { "scheme": "bsi-c5", "status": "type-3", "scope": "IaaS", "sources": source },
        { "scheme": "iso-27001", "scope": "all data centres", "sources": source },
        { "scheme": "acn", "scope": "IaaS", "sources": source },
        { "scheme": "hds", "scope": "Private cloud", "sources": [] },
    ]);
    json["providers"][0]["incidents"] = json!([
        { "date": "2021-03-10", "summary": "Fire in a data centre", "sources": source },
        { "date": "March 2021", "summary": "Undated", "sources": source },
    ]);
    json["providers"][1]["tender_2026"] = json!({ "value": "won", "sources": source });
    let (d, warnings) = warnings(&json);
    let p = &d.providers[0];
    assert_eq!(p.listed.as_ref().map(|f| f.value), Some(true));
    assert_eq!(
        p.tender_2026.as_ref().map(|f| f.value),
        Some(TenderOutcome::Partner)
    );
    let certs: Vec<(Scheme, Option<&str>)> = p
        .certifications
        .iter()
        .map(|c| (c.scheme, c.status))
        .collect();
    assert_eq!(
        certs,
        [
            (Scheme::SecNumCloud, Some("qualified")),
            (Scheme::Iso27001, None)
        ]
    );
    assert_eq!(p.incidents.len(), 1);
    assert_eq!(
        d.providers[1].tender_2026, None,
        "an unknown outcome is set aside"
    );
    let kinds: Vec<(String, ProblemKind)> = warnings;
    assert_eq!(
        kinds,
        vec![
            (
                "providers[0].certifications[1].status".into(),
                ProblemKind::UnknownStatus {
                    scheme: "BSI C5",
                    status: "type-3".into()
                }
            ),
            (
                "providers[0].certifications[3]".into(),
                ProblemKind::MissingField {
                    field: "status".into()
                }
            ),
            (
                "providers[0].certifications[4].sources".into(),
                ProblemKind::ValueWithoutSource
            ),
            (
                "providers[0].incidents[1].date".into(),
                ProblemKind::BadDate {
                    date: "March 2021".into()
                }
            ),
            (
                "providers[1].tender_2026.value".into(),
                ProblemKind::NotOneOf {
                    found: "won".into(),
                    allowed: "winner, partner, not-awarded"
                }
            ),
        ]
    );
}

#[test]
fn the_audit_finds_unjustified_values_undescribed_levels_and_old_sources() {
    use eurocloud_compare::data::audit::{audit, Finding};
    use eurocloud_compare::data::SourceDate;
    let mut json = valid();
    json["criteria"][0]["scale"]["levels"] = json!([
        { "value": 0, "label": "None", "description": "Nothing" },
        { "value": 1, "label": "Some" },
        { "value": 3, "label": "Most", "description": "Most of it" },
        { "value": 4, "label": "All", "description": "All of it" },
    ]);
    json["providers"][0]["values"]["a"]["note"] = json!("Because the source says so.");
    json["providers"][0]["values"]["b"]["sources"][0]["date"] = json!("2024-05-28");
    json["providers"][0]["values"]["b"]["note"] = json!("An old fact.");
    let (d, _) = warnings(&json);
    let today = SourceDate::parse("2026-11-28").unwrap();
    let (findings, stale) = audit(&d, today, 18);
    assert!(findings.contains(&Finding::UndescribedLevel {
        criterion: "a".into(),
        value: 1
    }));
    assert!(findings.contains(&Finding::UndescribedLevel {
        criterion: "a".into(),
        value: 2
    }));
    assert!(!findings.contains(&Finding::Unjustified {
        provider: "p".into(),
        criterion: "a".into()
    }));
    assert!(findings.contains(&Finding::Unjustified {
        provider: "q".into(),
        criterion: "a".into()
    }));
    let old: Vec<(&str, &str, i32)> = stale
        .iter()
        .map(|s| (s.provider.as_str(), s.criterion.as_str(), s.months))
        .collect();
    assert_eq!(old, [("p", "b", 30)]);
}

#[test]
fn a_source_says_its_kind_and_an_unknown_kind_is_a_warning_that_keeps_the_source() {
    use eurocloud_compare::data::SourceKind;
    let mut json = valid();
    json["providers"][0]["values"]["a"]["sources"][0]["kind"] = json!("press");
    json["providers"][0]["values"]["b"]["sources"][0]["kind"] = json!("gossip");
    let (d, warnings) = warnings(&json);
    assert_eq!(
        warnings,
        [(
            "providers[0].values.b.sources[0].kind".to_owned(),
            ProblemKind::NotOneOf {
                found: "gossip".into(),
                allowed: "provider, register, press, assessment, ai-summary, repost, harvest, \
                          moving-branch"
            }
        )]
    );
    let p = &d.providers[0];
    assert_eq!(p.values[0].sources[0].kind, Some(SourceKind::Press));
    assert_eq!(p.values[1].value, Some(2.0), "the value keeps its source");
    assert_eq!(p.values[1].sources[0].kind, None);
}

#[test]
fn the_evidence_rule_refuses_a_fact_resting_only_on_kinds_never_used_alone() {
    use eurocloud_compare::data::audit::{audit, Finding};
    use eurocloud_compare::data::SourceDate;
    let mut json = valid();
    let press = json!({ "url": "https://example.org/news", "date": "2026-02-01", "kind": "press" });
    for (provider, criterion, kinds) in [
        (0, "a", vec!["harvest"]),
        (0, "b", vec!["repost", "ai-summary"]),
        (0, "c", vec!["moving-branch"]),
        (1, "a", vec!["assessment"]),
        (1, "c", vec!["provider"]),
    ] {
        let sources: Vec<Value> = kinds
            .iter()
            .map(|k| json!({ "url": "https://example.org/x", "date": "2026-01-15", "kind": k }))
            .collect();
        json["providers"][provider]["values"][criterion]["sources"] = json!(sources);
    }
    // Beside a source used alone, a harvest is allowed.
    json["providers"][0]["values"]["c"]["sources"]
        .as_array_mut()
        .unwrap()
        .push(press);
    let (d, _) = warnings(&json);
    let (findings, _) = audit(&d, SourceDate::parse("2026-11-28").unwrap(), 18);
    let refused: Vec<String> = findings
        .iter()
        .filter_map(|f| match f {
            Finding::RefusedKindOnly { provider, field } => Some(format!("{provider}.{field}")),
            _ => None,
        })
        .collect();
    assert_eq!(refused, ["p.values.a", "p.values.b"]);
    let without: Vec<String> = findings
        .iter()
        .filter_map(|f| match f {
            Finding::SourceWithoutKind { provider, field } => Some(format!("{provider}.{field}")),
            _ => None,
        })
        .collect();
    assert_eq!(without, ["p.values.price", "q.values.price"]);
    assert_eq!(
        eurocloud_compare::data::audit::assessment_only(&d),
        ["q.values.a"]
    );
}

#[test]
fn every_fact_of_the_bundled_file_follows_the_evidence_rule() {
    use eurocloud_compare::data::audit::{audit, Finding};
    use eurocloud_compare::data::SourceDate;
    let d = support::dataset(&serde_json::from_str(support::bundled()).unwrap());
    let (findings, _) = audit(&d, SourceDate::parse("2026-12-01").unwrap(), 18);
    let evidence: Vec<&Finding> = findings
        .iter()
        .filter(|f| {
            matches!(
                f,
                Finding::RefusedKindOnly { .. } | Finding::SourceWithoutKind { .. }
            )
        })
        .collect();
    assert!(evidence.is_empty(), "{evidence:?}");
}

#[test]
fn the_methodology_quotes_every_rubric_level_of_the_data_file() {
    let methodology = include_str!("../docs/methodology.md");
    let d = support::dataset(&serde_json::from_str(support::bundled()).unwrap());
    for criterion in &d.criteria {
        for level in &criterion.scale.levels {
            let description = level
                .description
                .as_ref()
                .map(|t| t.get("en"))
                .unwrap_or("");
            assert!(
                methodology.contains(description),
                "docs/methodology.md lacks {} level {}: {description}",
                criterion.id,
                level.value
            );
        }
    }
}

#[test]
fn profiles_and_the_framework_group_are_read_and_a_broken_profile_set_aside() {
    let mut json = valid();
    json["groups"][0]["framework"] = json!(true);
    json["criteria"][0]["scale"]["levels"] = json!([
        { "value": 0, "label": "None" }, { "value": 1, "label": "Some" },
        { "value": 2, "label": "More" }, { "value": 3, "label": "Most" }
    ]);
    let source =
        json!({ "title": "A rule", "url": "https://example.org/rule", "date": "2026-01-01" });
    json["profiles"] = json!([
        {
            "id": "strict", "label": "Strict", "description": "All of it",
            "gates": { "a": 2 }, "require": [{ "scheme": "bsi-c5", "status": "type-2" }, { "scheme": "acn" }],
            "eu_headquarters": true, "eu_parent": true, "hide_references": true, "source": source
        },
        { "id": "bad-gate", "label": "B", "description": "B", "gates": { "zz": 1 }, "source": source },
        { "id": "bad-level", "label": "B", "description": "B", "gates": { "a": 9 }, "source": source },
        { "id": "bad-status", "label": "B", "description": "B",
          "require": [{ "scheme": "bsi-c5", "status": "type-3" }], "source": source },
        { "id": "strict", "label": "Again", "description": "A duplicate id", "source": source },
        { "id": "no-levels", "label": "B", "description": "B", "gates": { "b": 1 }, "source": source },
        { "id": "twice", "label": "B", "description": "B",
          "require": [{ "scheme": "acn" }, { "scheme": "acn", "status": "qi2" }], "source": source }
    ]);
    let (dataset, warnings) = warnings(&json);
    assert!(dataset.in_framework(0) && dataset.in_framework(3));
    assert_eq!(dataset.profiles.len(), 1, "{warnings:?}");
    let strict = &dataset.profiles[0].filters;
    assert_eq!(strict.gates, [2, 0, 0, 0]);
    assert_eq!(strict.required.len(), 2);
    assert_eq!(strict.required[0].status, Some("type-2"));
    assert_eq!(strict.required[1].status, None);
    assert!(strict.eu_headquarters && strict.eu_parent && strict.hide_references);
    let paths: Vec<&str> = warnings.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "profiles[1].gates.zz",
            "profiles[2].gates.a",
            "profiles[3].require[0].status",
            "profiles[4].id",
            "profiles[5].gates.b",
            "profiles[6].require"
        ]
    );
    assert!(matches!(
        warnings[1].1,
        ProblemKind::LevelOutsideScale { .. }
    ));
}

#[test]
fn the_bundled_profiles_cite_their_sources() {
    let loaded = data::parse(support::bundled()).unwrap();
    let profiles = &loaded.dataset.profiles;
    assert!(profiles.len() >= 3, "France, Germany and Italy at least");
    for id in ["fr-secnumcloud", "it-acn-qualification"] {
        assert!(profiles.iter().any(|p| p.id == id), "{id}");
    }
    for profile in profiles {
        assert!(
            profile.source.url.as_deref().is_some_and(data::is_web_url),
            "{}",
            profile.id
        );
        assert!(profile.source.date.is_some(), "{}", profile.id);
        assert!(!profile.filters.required.is_empty(), "{}", profile.id);
    }
}

#[test]
fn a_preset_set_aside_does_not_shift_the_paths_of_the_next_ones() {
    let mut json = valid();
    let even = json["presets"][0].clone();
    let mut unlabelled = even.clone();
    unlabelled["id"] = json!("unlabelled");
    unlabelled.as_object_mut().unwrap().remove("label");
    let mut unknown = even.clone();
    unknown["id"] = json!("unknown");
    unknown["weights"]["zz"] = json!(5);
    json["presets"] = json!([unlabelled, unknown, even]);
    let (dataset, warnings) = warnings(&json);
    assert_eq!(dataset.presets.len(), 1);
    let paths: Vec<&str> = warnings.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(paths, ["presets[0]", "presets[1].weights.zz"]);
}

#[test]
fn each_national_profile_admits_exactly_the_providers_whose_records_meet_it() {
    use eurocloud_compare::engine::screen::screen;
    let json: Value = serde_json::from_str(support::bundled()).unwrap();
    let d = support::dataset(&json);
    // The statuses of each scheme, least first, as the data format lists them.
    let order = |scheme: &str| -> Vec<&str> {
        let scheme = Scheme::ALL.into_iter().find(|s| s.id() == scheme).unwrap();
        scheme.statuses().to_vec()
    };
    for (profile, raw) in d.profiles.iter().zip(json["profiles"].as_array().unwrap()) {
        // From the file itself: a provider meets a requirement when one of its records is
        // of the scheme with a status at least the one required (any, where none is).
        let meets = |provider: &Value| {
            raw["require"].as_array().unwrap().iter().all(|req| {
                let scheme = req["scheme"].as_str().unwrap();
                let least = req["status"].as_str();
                let statuses = order(scheme);
                let rank = |s: &str| statuses.iter().position(|x| *x == s);
                provider["certifications"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|c| {
                        c["scheme"] == scheme
                            && least.is_none_or(|least| {
                                c["status"].as_str().and_then(rank) >= rank(least)
                            })
                    })
            })
        };
        let expected: Vec<&str> = json["providers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| meets(p))
            .map(|p| p["id"].as_str().unwrap())
            .collect();
        let admitted: Vec<&str> = screen(&d, &profile.filters)
            .members
            .iter()
            .map(|&i| d.providers[i].id.as_str())
            .collect();
        assert_eq!(admitted, expected, "{}", profile.id);
    }
    // What that means today, for the reader of this test.
    let admitted = |id: &str| -> Vec<String> {
        let profile = d.profiles.iter().find(|p| p.id == id).unwrap();
        let members = screen(&d, &profile.filters).members;
        members.iter().map(|&i| d.providers[i].id.clone()).collect()
    };
    assert_eq!(
        admitted("fr-secnumcloud"),
        ["ovhcloud", "s3ns", "3ds-outscale", "cloud-temple"]
    );
    assert_eq!(admitted("de-bsi-mindeststandard-cloud"), ["ovhcloud"]);
    assert_eq!(admitted("de-sgb5-393-health"), ["ovhcloud"]);
}

#[test]
fn coverage_counts_values_per_provider_per_criterion_and_objectives_apart_from_references() {
    use eurocloud_compare::data::audit::coverage;
    let mut json = valid();
    // Two framework objectives (a, b); c and price are practical.
    json["groups"] = json!([
        { "id": "main", "label": "Main", "framework": true },
        { "id": "other", "label": "Other" }
    ]);
    json["criteria"][2]["group"] = json!("other");
    json["criteria"][3]["group"] = json!("other");
    let mut reference = json["providers"][1].clone();
    reference["id"] = json!("r");
    reference["reference"] = json!(true);
    for c in ["a", "b", "c", "price"] {
        reference["values"][c] = json!({ "value": null, "note": "Not found" });
    }
    json["providers"].as_array_mut().unwrap().push(reference);
    let c = coverage(&support::dataset(&json));
    let line = |id: &str| {
        let p = c.providers.iter().find(|p| p.id == id).unwrap();
        (p.present, p.of, p.objectives, p.objectives_of, p.reference)
    };
    assert_eq!(line("p"), (4, 4, 2, 2, false));
    assert_eq!(line("q"), (3, 4, 1, 2, false));
    assert_eq!(line("r"), (0, 4, 0, 2, true));
    // The reference provider counts in neither the share nor the criteria.
    assert_eq!(c.share(), 7.0 / 8.0);
    assert_eq!(
        c.criteria,
        vec![
            ("a".into(), 2, 2),
            ("b".into(), 1, 2),
            ("c".into(), 2, 2),
            ("price".into(), 2, 2)
        ]
    );
    // References do count for the fewest objectives: every provider must be documented.
    assert_eq!(c.fewest_objectives(), 0);
}

#[test]
fn check_data_fails_below_its_coverage_and_objectives_floors() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_check-data"))
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/providers.json"))
            .args(["--today", "2026-12-01"])
            .args(args)
            .output()
            .expect("check-data runs");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (ok, text) = run(&[]);
    assert!(ok, "{text}");
    assert!(text.contains("coverage per provider"), "{text}");
    assert!(text.contains("coverage per criterion"), "{text}");
    let (ok, text) = run(&["--coverage-floor", "100.1"]);
    assert!(!ok);
    assert!(text.contains("below the floor of 100.1 %"), "{text}");
    let (ok, text) = run(&["--objectives-floor", "9"]);
    assert!(!ok);
    assert!(text.contains("below the floor of 9"), "{text}");
    let (ok, _) = run(&["--coverage-floor", "many"]);
    assert!(!ok);
}
