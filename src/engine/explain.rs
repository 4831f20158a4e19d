//! Why a provider scores what it scores: the weighted sum taken apart, criterion by
//! criterion.
//!
//! A provider's weighted-sum score is a sum of one share per criterion, so the shares
//! explain it exactly: they add up to the score (to rounding), a criterion weighted 0
//! adds nothing, and the difference between two providers is the sum of their
//! differences per criterion.

use super::weighted_sum::reduced_weights;
use super::{placed, Missing, RankError};
use crate::data::Dataset;

/// One criterion's share of a provider's weighted-sum score, in points of 0-100, one
/// entry per criterion in the dataset's order, missing values counted as `missing` (a value
/// left out adds 0). They add up to the provider's `weighted_sum` score (to within 1e-9);
/// a criterion weighted 0 adds exactly 0.
///
/// Errors as `weighted_sum` does. Panics if `provider` is not an index of
/// `dataset.providers`.
pub fn contributions(
    dataset: &Dataset,
    weights: &[u8],
    missing: Missing,
    provider: usize,
) -> Result<Vec<f64>, RankError> {
    let reduced = reduced_weights(dataset.criteria.len(), weights)?;
    Ok(shares(dataset, &reduced, missing, provider))
}

/// The most each criterion could add to the provider's weighted-sum score, in points, one
/// entry per criterion: its share of the weight the provider's score counts (a value left
/// out, and a criterion weighted 0, can add nothing). Each contribution is at most this.
pub fn most(
    dataset: &Dataset,
    weights: &[u8],
    missing: Missing,
    provider: usize,
) -> Result<Vec<f64>, RankError> {
    let reduced = reduced_weights(dataset.criteria.len(), weights)?;
    let places = places(dataset, missing, provider);
    let total = counted(&places, &reduced);
    Ok(places
        .iter()
        .zip(&reduced)
        .map(|(p, &w)| match p {
            Some(_) if w > 0.0 => 100.0 * w / total,
            _ => 0.0,
        })
        .collect())
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
    missing: Missing,
    a: usize,
    b: usize,
) -> Result<Vec<f64>, RankError> {
    let reduced = reduced_weights(dataset.criteria.len(), weights)?;
    let shares = |p| shares(dataset, &reduced, missing, p);
    let (of_a, of_b) = (shares(a), shares(b));
    Ok(of_a.iter().zip(&of_b).map(|(x, y)| x - y).collect())
}

/// Each value's place as `missing` counts it (`None`: left out).
fn places(dataset: &Dataset, missing: Missing, provider: usize) -> Vec<Option<f64>> {
    dataset
        .criteria
        .iter()
        .zip(&dataset.providers[provider].values)
        .map(|(criterion, cell)| placed(cell.value, criterion, missing))
        .collect()
}

/// The weight the score counts: that of the criteria weighted and not left out.
fn counted(places: &[Option<f64>], reduced: &[f64]) -> f64 {
    places
        .iter()
        .zip(reduced)
        .filter(|(p, &w)| p.is_some() && w > 0.0)
        .map(|(_, w)| w)
        .sum()
}

/// `100 * w * placed(v) / sum(w)` for each criterion of one provider, the sum over the
/// criteria it counts.
fn shares(dataset: &Dataset, reduced: &[f64], missing: Missing, provider: usize) -> Vec<f64> {
    let places = places(dataset, missing, provider);
    let total = counted(&places, reduced);
    places
        .iter()
        .zip(reduced)
        .map(|(p, &w)| match p {
            Some(p) if w > 0.0 => 100.0 * w * p / total,
            _ => 0.0,
        })
        .collect()
}
