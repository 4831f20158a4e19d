//! The engine against an independent implementation: test vectors computed by pymcdm 1.4.0
//! (tools/mcdm-vectors/generate.py) for the weighted sum and TOPSIS, on 24 random decision
//! matrices with cost criteria and ties. Scores must match to 1e-9.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::Dataset;
use eurocloud_compare::engine::{self, Missing};
use serde_json::{json, Value};

const TOLERANCE: f64 = 1e-9;

/// A data file for one case: a criterion per column with the declared scale the generator
/// gives, a provider per row.
fn dataset(case: &Value) -> (Dataset, Vec<u8>) {
    let f = |v: &Value| v.as_f64().unwrap();
    let types: Vec<i64> = case["types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_i64().unwrap())
        .collect();
    let weights: Vec<u8> = case["weights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_u64().unwrap() as u8)
        .collect();
    let criteria: Vec<Value> = (0..types.len())
        .map(|j| {
            json!({
                "id": format!("c{j}"), "label": format!("C{j}"), "description": "A criterion",
                "group": "main", "direction": if types[j] == 1 { "benefit" } else { "cost" },
                "scale": { "min": f(&case["scale_min"][j]), "max": f(&case["scale_max"][j]) }
            })
        })
        .collect();
    let source = json!([{ "url": "https://example.org/vector", "date": "2026-11-28" }]);
    let providers: Vec<Value> = case["matrix"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let values: serde_json::Map<String, Value> = row
                .as_array()
                .unwrap()
                .iter()
                .enumerate()
                .map(|(j, v)| (format!("c{j}"), json!({ "value": f(v), "sources": source })))
                .collect();
            json!({
                "id": format!("p{i}"), "name": format!("P{i:02}"), "country": "FR",
                "website": "https://example.org", "owner": { "name": "Owner" }, "values": values
            })
        })
        .collect();
    let weights_json: serde_json::Map<String, Value> = weights
        .iter()
        .enumerate()
        .map(|(j, w)| (format!("c{j}"), json!(w)))
        .collect();
    let file = json!({
        "format_version": 1,
        "dataset": { "title": "Vectors", "version": "1", "last_updated": "2026-11-28", "contact": "mailto:a@example.org" },
        "groups": [{ "id": "main", "label": "Main" }],
        "criteria": criteria,
        "presets": [{ "id": "case", "label": "Case", "description": "The case's weights",
                      "weights": weights_json, "source": { "title": "pymcdm vectors" } }],
        "providers": providers,
    });
    (support::dataset(&file), weights)
}

fn cases() -> Vec<Value> {
    let vectors: Value = serde_json::from_str(include_str!("vectors/mcdm.json")).unwrap();
    assert_eq!(vectors["pymcdm"], "1.4.0");
    vectors["cases"].as_array().unwrap().clone()
}

fn assert_close(ours: &[f64], theirs: &Value, scale: f64, what: &str, case: usize) {
    let theirs: Vec<f64> = theirs
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap() * scale)
        .collect();
    assert_eq!(ours.len(), theirs.len());
    for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
        assert!(
            (a - b).abs() <= TOLERANCE * scale,
            "case {case} {what} row {i}: {a} vs {b}"
        );
    }
}

/// Whether the case's last row repeats its first (the generator's way of making a tie).
fn has_tie(case: &Value) -> bool {
    let rows = case["matrix"].as_array().unwrap();
    rows.len() > 1 && rows.first() == rows.last()
}

/// An engine method's scores (missing values counted as the worst, as pymcdm has none).
type Scores = fn(&Dataset, &[u8], Missing) -> Result<Vec<f64>, engine::RankError>;

/// Checks one engine method against one pymcdm column on every case; pymcdm reports 0-1,
/// the engine 0-100.
fn matches_pymcdm(method: Scores, column: &str) {
    for (n, case) in cases().iter().enumerate() {
        let (d, weights) = dataset(case);
        let scores = method(&d, &weights, Missing::Worst).unwrap();
        assert_close(&scores, &case[column], 100.0, column, n);
    }
}

#[test]
fn there_are_enough_cases_with_cost_criteria_and_ties() {
    let cases = cases();
    assert!(cases.len() >= 20);
    assert!(
        cases
            .iter()
            .filter(|c| c["types"].as_array().unwrap().contains(&json!(-1)))
            .count()
            >= 5
    );
    assert!(cases.iter().filter(|c| has_tie(c)).count() >= 3);
}

#[test]
fn the_weighted_sum_matches_pymcdm() {
    matches_pymcdm(engine::weighted_sum, "wsm");
}

#[test]
fn topsis_matches_pymcdm() {
    matches_pymcdm(engine::topsis, "topsis");
}

#[test]
fn tied_rows_tie_under_both_methods() {
    for case in cases().iter().filter(|c| has_tie(c)) {
        let (d, weights) = dataset(case);
        let last = d.providers.len() - 1;
        for scores in [
            engine::weighted_sum(&d, &weights, Missing::Worst).unwrap(),
            engine::topsis(&d, &weights, Missing::Worst).unwrap(),
        ] {
            assert_eq!(scores[0], scores[last]);
        }
        let ranking = engine::rank(&d, &weights).unwrap();
        let rank = |p: usize| ranking.entry_of(p).unwrap().rank;
        assert_eq!(rank(0), rank(last), "tied providers share a rank");
    }
}
