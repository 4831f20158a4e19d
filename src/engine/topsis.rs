//! TOPSIS: closeness to the ideal provider, relative to the providers compared.
//!
//! Unlike the weighted sum, TOPSIS places each value between the best and the worst value
//! *among the providers compared* (min-max normalisation, cost criteria inverted), so
//! adding or hiding a provider can change the others' scores. It follows pymcdm's TOPSIS
//! (normalisation, Euclidean distances, closeness D- / (D- + D+)), which the native tests
//! check it against.

use super::{Missing, RankError};
use crate::data::{Dataset, Direction};

/// Each provider's closeness to the ideal, 0-100, in the order of `dataset.providers`.
///
/// A missing value counts as `missing` says: the worst of its column (`Worst`), the
/// scale's midpoint taken as a value (`Midpoint`), or not at all (`Skip`: the provider's
/// distances leave that criterion out, and its other weights are scaled up to the same
/// total). A column whose values are all equal places every present value at the best (as
/// pymcdm does). When a provider is as far from the ideal as from the anti-ideal (one
/// provider, or identical ones), it scores 50.
pub fn topsis(dataset: &Dataset, weights: &[u8], missing: Missing) -> Result<Vec<f64>, RankError> {
    super::check_weights(dataset.criteria.len(), weights)?;
    let weights: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
    if weights.iter().all(|&w| w == 0.0) {
        return Err(RankError::AllWeightsZero);
    }
    Ok(weighted(dataset, &weights, missing))
}

/// TOPSIS under real weights, one per criterion, not all zero (rank acceptability draws
/// such weights).
pub(super) fn weighted(dataset: &Dataset, weights: &[f64], missing: Missing) -> Vec<f64> {
    let values = |i: usize, j: usize| {
        let criterion = &dataset.criteria[j];
        dataset.providers[i].values[j].value.or(match missing {
            Missing::Midpoint => Some((criterion.scale.min + criterion.scale.max) / 2.0),
            _ => None,
        })
    };
    closeness(dataset, weights, missing, &values)
}

/// TOPSIS of the values `value(provider, criterion)` gives (a provider's own, or one put in
/// its place), each `None` counted as `missing` says.
pub(super) fn closeness(
    dataset: &Dataset,
    weights: &[f64],
    missing: Missing,
    value: &dyn Fn(usize, usize) -> Option<f64>,
) -> Vec<f64> {
    let criteria = &dataset.criteria;
    let total: f64 = weights.iter().sum();
    let providers = dataset.providers.len();
    let columns = criteria.len();
    // The normalised matrix, row by row; NaN where a value is left out.
    let mut matrix = vec![0.0; providers * columns];
    for (j, criterion) in criteria.iter().enumerate() {
        let present = (0..providers).filter_map(|i| value(i, j));
        let (min, max) = present.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        for i in 0..providers {
            matrix[i * columns + j] = match value(i, j) {
                None if missing == Missing::Skip => f64::NAN,
                None => 0.0,
                Some(_) if min == max => 1.0,
                Some(v) => match criterion.direction {
                    Direction::Benefit => (v - min) / (max - min),
                    Direction::Cost => (max - v) / (max - min),
                },
            };
        }
    }
    let column = |j: usize| {
        matrix
            .iter()
            .skip(j)
            .step_by(columns)
            .filter(|v| !v.is_nan())
    };
    let ideal: Vec<f64> = (0..columns)
        .map(|j| column(j).fold(f64::NEG_INFINITY, |a, &v| a.max(v)))
        .collect();
    let anti: Vec<f64> = (0..columns)
        .map(|j| column(j).fold(f64::INFINITY, |a, &v| a.min(v)))
        .collect();
    matrix
        .chunks(columns.max(1))
        .map(|row| {
            // The weights of the criteria this row counts, scaled to the full total.
            let counted: f64 = row
                .iter()
                .zip(weights)
                .filter(|(v, _)| !v.is_nan())
                .map(|(_, w)| w)
                .sum();
            if counted == 0.0 {
                return 0.0;
            }
            let distance = |target: &[f64]| {
                row.iter()
                    .zip(target)
                    .zip(weights)
                    .filter(|((v, _), _)| !v.is_nan())
                    .map(|((v, t), w)| {
                        let w = w / total * (total / counted);
                        (v * w - t * w) * (v * w - t * w)
                    })
                    .sum::<f64>()
                    .sqrt()
            };
            let (to_ideal, to_anti) = (distance(&ideal), distance(&anti));
            if to_ideal + to_anti == 0.0 {
                50.0
            } else {
                // The ratio first: a / (a + b) is at most 1 exactly, so the score never
                // exceeds 100 by a rounding (100 * a / a can).
                100.0 * (to_anti / (to_anti + to_ideal))
            }
        })
        .collect()
}
