//! Random datasets for the property tests (host only: proptest does not build for wasm).
//!
//! Between 1 and 8 providers on `CRITERIA`, values on the SEAL-like levels 0..=4 and
//! prices in cents, one value in seven missing, and names that may repeat (ties by name
//! then fall back to the id), so equal scores are frequent.

use super::{dataset, file, CRITERIA};
use eurocloud_compare::data::Dataset;
use proptest::prelude::*;

/// A provider as the strategies make it: id, name, one value per criterion.
pub type Row = (String, String, Vec<Option<f64>>);

fn arb_value() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![1 => Just(None), 6 => (0u8..=4).prop_map(|v| Some(f64::from(v)))]
}

fn arb_price() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![1 => Just(None), 6 => (0u32..=20_000).prop_map(|c| Some(f64::from(c) / 100.0))]
}

pub fn arb_providers() -> impl Strategy<Value = Vec<Row>> {
    prop::collection::vec(
        (
            prop::sample::select(vec!["Alpha", "Beta", "Gamma", "beta"]),
            arb_value(),
            arb_value(),
            arb_value(),
            arb_price(),
        ),
        1..8,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (name, a, b, c, price))| {
                (format!("p{i}"), name.to_string(), vec![a, b, c, price])
            })
            .collect()
    })
}

/// Whole-number weights on `CRITERIA`, not all zero.
pub fn arb_weights() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..=10, 4).prop_filter("not all zero", |w| w.iter().any(|&x| x > 0))
}

pub fn build(providers: &[Row]) -> Dataset {
    let borrowed: Vec<(&str, &str, Vec<Option<f64>>)> = providers
        .iter()
        .map(|(id, name, v)| (id.as_str(), name.as_str(), v.clone()))
        .collect();
    dataset(&file(CRITERIA, &borrowed))
}
