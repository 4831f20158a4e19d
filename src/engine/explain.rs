//! Why a provider scores what it scores: the weighted sum taken apart, criterion by
//! criterion.
//!
//! A provider's weighted-sum score is a sum of one share per criterion, so the shares
//! explain it exactly: they add up to the score (to rounding), a criterion weighted 0
//! adds nothing, and the difference between two providers is the sum of their
//! differences per criterion.

use super::weighted_sum::reduced_weights;
use super::{normalise, RankError};
use crate::data::Dataset;

/// One criterion's share of a provider's weighted-sum score, in points of 0-100, one
/// entry per criterion in the dataset's order. They add up to the provider's
/// `weighted_sum` score (to within 1e-9); a criterion weighted 0 adds exactly 0.
///
/// Errors as `weighted_sum` does. Panics if `provider` is not an index of
/// `dataset.providers`.
pub fn contributions(
    dataset: &Dataset,
    weights: &[u8],
    provider: usize,
) -> Result<Vec<f64>, RankError> {
    let reduced = reduced_weights(dataset.criteria.len(), weights)?;
    Ok(shares(dataset, &reduced, provider))
}

/// Why `a` scores above or below `b`: per criterion, a's contribution minus b's, in
/// points. They add up to a's score minus b's (to within 1e-9), and swapping `a` and `b`
/// negates every entry exactly.
///
/// Errors as `weighted_sum` does. Panics if `a` or `b` is not an index of
/// `dataset.providers`.
pub fn pairwise(
    dataset: &Dataset,
    weights: &[u8],
    a: usize,
    b: usize,
) -> Result<Vec<f64>, RankError> {
    let reduced = reduced_weights(dataset.criteria.len(), weights)?;
    let (of_a, of_b) = (shares(dataset, &reduced, a), shares(dataset, &reduced, b));
    Ok(of_a.iter().zip(&of_b).map(|(x, y)| x - y).collect())
}

/// `100 * w * normalise(v) / sum(w)` for each criterion of one provider.
fn shares(dataset: &Dataset, reduced: &[f64], provider: usize) -> Vec<f64> {
    let total: f64 = reduced.iter().sum();
    dataset
        .criteria
        .iter()
        .zip(&dataset.providers[provider].values)
        .zip(reduced)
        .map(|((criterion, cell), &w)| {
            if w > 0.0 {
                100.0 * w * normalise(cell.value, criterion) / total
            } else {
                0.0
            }
        })
        .collect()
}
