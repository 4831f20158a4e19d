//! The weighted-sum method.

use super::RankError;
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

/// Each provider's score 0-100, in the order of `dataset.providers`.
///
/// The weights are first divided by their greatest common divisor, so weights that differ
/// only by a common factor give bit-identical scores (not merely close ones).
pub fn weighted_sum(dataset: &Dataset, weights: &[u8]) -> Result<Vec<f64>, RankError> {
    let criteria = &dataset.criteria;
    let reduced = reduced_weights(criteria.len(), weights)?;
    let total: f64 = reduced.iter().sum();
    Ok(dataset
        .providers
        .iter()
        .map(|provider| {
            let sum: f64 = criteria
                .iter()
                .zip(&provider.values)
                .zip(&reduced)
                .filter(|(_, &w)| w > 0.0)
                .map(|((criterion, cell), &w)| w * normalise(cell.value, criterion))
                .sum();
            100.0 * sum / total
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
