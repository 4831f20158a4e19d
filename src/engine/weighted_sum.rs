//! The weighted-sum method.

use super::{Missing, RankError};
use crate::data::{Criterion, Dataset, Direction};

/// A value's position on its criterion's declared scale, 0 (worst) to 1 (best).
/// Cost criteria are inverted; a missing value is the worst.
pub fn normalise(value: Option<f64>, criterion: &Criterion) -> f64 {
    let Some(value) = value else { return 0.0 };
    let scale = &criterion.scale;
    let position = ((value - scale.min) / (scale.max - scale.min)).clamp(0.0, 1.0);
    match criterion.direction {
        Direction::Benefit => position,
        Direction::Cost => 1.0 - position,
    }
}

/// A value's position on its scale as `missing` counts it: `normalise` for a value
/// present; for a missing one 0 (`Worst`), 0.5 (`Midpoint`) or nothing (`Skip`: the
/// criterion's weight is spread over the provider's known values).
pub fn placed(value: Option<f64>, criterion: &Criterion, missing: Missing) -> Option<f64> {
    match (value, missing) {
        (Some(_), _) | (None, Missing::Worst) => Some(normalise(value, criterion)),
        (None, Missing::Midpoint) => Some(0.5),
        (None, Missing::Skip) => None,
    }
}

/// Each provider's score 0-100, in the order of `dataset.providers`: the weighted mean of
/// its values' places (`placed`). Left out (`Missing::Skip`), a provider with no known
/// value under the weights scores 0.
///
/// The weights are first divided by their greatest common divisor, so weights that differ
/// only by a common factor give bit-identical scores (not merely close ones).
pub fn weighted_sum(
    dataset: &Dataset,
    weights: &[u8],
    missing: Missing,
) -> Result<Vec<f64>, RankError> {
    let criteria = &dataset.criteria;
    let reduced = reduced_weights(criteria.len(), weights)?;
    Ok(dataset
        .providers
        .iter()
        .map(|provider| {
            let (sum, total) = criteria
                .iter()
                .zip(&provider.values)
                .zip(&reduced)
                .filter(|(_, &w)| w > 0.0)
                .filter_map(|((criterion, cell), &w)| {
                    placed(cell.value, criterion, missing).map(|p| (w * p, w))
                })
                .fold((0.0, 0.0), |(s, t), (wp, w)| (s + wp, t + w));
            if total > 0.0 {
                100.0 * sum / total
            } else {
                0.0
            }
        })
        .collect())
}

/// The weights checked, then divided by their greatest common divisor, so that weights
/// differing only by a common factor give bit-identical results wherever they are used.
pub(super) fn reduced_weights(criteria: usize, weights: &[u8]) -> Result<Vec<f64>, RankError> {
    super::check_weights(criteria, weights)?;
    let divisor = weights.iter().fold(0u32, |g, &w| gcd(g, u32::from(w)));
    if divisor == 0 {
        return Err(RankError::AllWeightsZero);
    }
    Ok(weights
        .iter()
        .map(|&w| f64::from(u32::from(w) / divisor))
        .collect())
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gcd_of_weights() {
        assert_eq!(gcd(0, 15), 15);
        assert_eq!(gcd(15, 10), 5);
        assert_eq!(gcd(7, 0), 7);
    }
}
