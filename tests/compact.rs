//! The compact form (`data::compact`): what `write` makes, `read` gives back, for the
//! bundled file and for translated texts and absent optional parts; a damaged file is refused
//! with where it broke.
#![cfg(not(target_arch = "wasm32"))]

use eurocloud_compare::data::{self, compact, json};
use eurocloud_compare::engine::Missing;

fn bundled() -> data::Dataset {
    let text = std::fs::read_to_string("providers.json").expect("providers.json");
    data::parse(&text).expect("the bundled file reads").dataset
}

fn round_trip(dataset: &data::Dataset) -> data::Dataset {
    let text = compact::write(dataset, "providers.json");
    let tree = json::tree(&text).expect("the compact form is JSON");
    let (read, full) = compact::read(&tree).expect("the compact form reads back");
    assert_eq!(full, "providers.json");
    read
}

#[test]
fn the_bundled_file_reads_back_as_its_ranking_part() {
    let dataset = bundled();
    assert_eq!(round_trip(&dataset), compact::ranking_part(&dataset));
}

#[test]
fn the_compact_form_ranks_as_the_full_file() {
    use eurocloud_compare::engine::{self, Method};
    let dataset = bundled();
    let small = round_trip(&dataset);
    for preset in &dataset.presets {
        for method in [Method::WeightedSum, Method::Topsis] {
            let full = engine::rank_by(method, Missing::Worst, &dataset, &preset.weights);
            let compact = engine::rank_by(method, Missing::Worst, &small, &preset.weights);
            assert_eq!(full, compact, "preset {} with {method:?}", preset.id);
        }
    }
}

#[test]
fn the_compact_form_is_much_smaller() {
    let text = std::fs::read_to_string("providers.json").unwrap();
    let small = compact::write(&bundled(), "providers.json");
    assert!(
        small.len() * 3 < text.len(),
        "compact {} bytes, full {}",
        small.len(),
        text.len()
    );
}

fn damaged(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let text = compact::write(&bundled(), "providers.json");
    let mut tree: serde_json::Value = serde_json::from_str(&text).unwrap();
    change(&mut tree);
    let tree = json::tree(&tree.to_string()).unwrap();
    compact::read(&tree).expect_err("a damaged file is refused")
}

#[test]
fn a_damaged_file_is_refused_with_where_it_broke() {
    type Change = Box<dyn FnOnce(&mut serde_json::Value)>;
    let cases: [(&str, Change); 7] = [
        (
            "compact: expected compact version 1",
            Box::new(|t| t["compact"] = 2.into()),
        ),
        (
            "providers[1].values: expected one entry per criterion",
            Box::new(|t| {
                t["providers"][1]["values"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "providers[0].values[0]: expected a value inside the criterion's scale",
            Box::new(|t| {
                t["providers"][0]["values"][0] = 99.into();
            }),
        ),
        (
            "presets[0].weights[2]: expected a weight 0..=100",
            Box::new(|t| {
                t["presets"][0]["weights"][2] = 101.into();
            }),
        ),
        (
            "criteria[0].direction: expected benefit or cost",
            Box::new(|t| {
                t["criteria"][0]["direction"] = "higher".into();
            }),
        ),
        (
            "providers[2].certifications[0][0]: expected a certification scheme",
            Box::new(|t| {
                t["providers"][2]["certifications"] = serde_json::json!([["iso-9001", null]]);
            }),
        ),
        (
            "criteria: expected group indexes inside groups",
            Box::new(|t| {
                t["criteria"][0]["group"] = 40.into();
            }),
        ),
    ];
    for (expected, change) in cases {
        assert_eq!(damaged(change), expected);
    }
    let tree = json::tree("[1, 2]").unwrap();
    assert_eq!(
        compact::read(&tree).unwrap_err(),
        "the file: expected an object"
    );
}

#[test]
fn translated_texts_and_optional_parts_read_back() {
    let mut tree: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("providers.json").unwrap()).unwrap();
    tree["criteria"][0]["label"] = serde_json::json!({"en": "Strategic", "fr": "Stratégique"});
    tree["dataset"]["title"] = serde_json::json!({"en": "Providers", "de": "Anbieter"});
    tree["dataset"]
        .as_object_mut()
        .unwrap()
        .remove("methodology");
    let dataset = data::parse(&tree.to_string()).expect("still valid").dataset;
    assert_eq!(dataset.criteria[0].label.get("fr"), "Stratégique");
    assert!(dataset.meta.methodology.is_none());
    assert_eq!(round_trip(&dataset), compact::ranking_part(&dataset));
}
