//! TOPSIS: closeness to the ideal provider, relative to the providers compared.
//!
//! Unlike the weighted sum, TOPSIS places each value between the best and the worst value
//! *among the providers compared* (min-max normalisation, cost criteria inverted), so
//! adding or hiding a provider can change the others' scores. It follows pymcdm's TOPSIS
//! (normalisation, Euclidean distances, closeness D- / (D- + D+)), which the native tests
//! check it against.

use super::RankError;
use crate::data::{Dataset, Direction};

/// Each provider's closeness to the ideal, 0-100, in the order of `dataset.providers`.
///
/// A missing value counts as the worst of its column. A column whose values are all equal
/// places every present value at the best (as pymcdm does). When every provider is as far
/// from the ideal as from the anti-ideal (one provider, or identical ones), each scores 50.
pub fn topsis(dataset: &Dataset, weights: &[u8]) -> Result<Vec<f64>, RankError> {
    super::check_weights(dataset.criteria.len(), weights)?;
    let weights: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
    if weights.iter().all(|&w| w == 0.0) {
        return Err(RankError::AllWeightsZero);
    }
    Ok(weighted(dataset, &weights))
}

/// TOPSIS under real weights, one per criterion, not all zero (rank acceptability draws
/// such weights).
pub(super) fn weighted(dataset: &Dataset, weights: &[f64]) -> Vec<f64> {
    let criteria = &dataset.criteria;
    let total: f64 = weights.iter().sum();
    let providers = &dataset.providers;
    // The weighted, normalised matrix, row by row.
    let mut matrix = vec![0.0; providers.len() * criteria.len()];
    for (j, criterion) in criteria.iter().enumerate() {
        let weight = weights[j] / total;
        let present = providers.iter().filter_map(|p| p.values[j].value);
        let (min, max) = present.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        for (i, provider) in providers.iter().enumerate() {
            let placed = match provider.values[j].value {
                None => 0.0,
                Some(_) if min == max => 1.0,
                Some(v) => match criterion.direction {
                    Direction::Benefit => (v - min) / (max - min),
                    Direction::Cost => (max - v) / (max - min),
                },
            };
            matrix[i * criteria.len() + j] = placed * weight;
        }
    }
    let columns = criteria.len();
    let column = |j: usize| matrix.iter().skip(j).step_by(columns);
    let ideal: Vec<f64> = (0..columns)
        .map(|j| column(j).fold(f64::NEG_INFINITY, |a, &v| a.max(v)))
        .collect();
    let anti: Vec<f64> = (0..columns)
        .map(|j| column(j).fold(f64::INFINITY, |a, &v| a.min(v)))
        .collect();
    matrix
        .chunks(columns.max(1))
        .map(|row| {
            let distance = |target: &[f64]| {
                row.iter()
                    .zip(target)
                    .map(|(v, t)| (v - t) * (v - t))
                    .sum::<f64>()
                    .sqrt()
            };
            let (to_ideal, to_anti) = (distance(&ideal), distance(&anti));
            if to_ideal + to_anti == 0.0 {
                50.0
            } else {
                100.0 * to_anti / (to_anti + to_ideal)
            }
        })
        .collect()
}
