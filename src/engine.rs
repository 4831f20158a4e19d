//! The decision engine: pure arithmetic on a validated `Dataset`, no browser in sight.
//!
//! Scores are 0-100. Each value is normalised against its criterion's declared scale
//! (never against the other providers), cost criteria are inverted, a missing value counts
//! as the scale's worst, and whole-number weights are normalised by their sum.

mod ranking;
pub mod sensitivity;
mod topsis;
mod weighted_sum;

pub use ranking::{Entry, Ranking};
pub use topsis::topsis;
pub use weighted_sum::{normalise, weighted_sum};

/// Why no ranking can be computed for these weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RankError {
    /// Every weight is zero: no criterion counts, so there is nothing to rank on.
    AllWeightsZero,
    /// The weights do not have one entry per criterion.
    WeightCount { expected: usize, found: usize },
}

/// Checks that there is one weight per criterion. (Each method finds "all weights zero"
/// in the sum it computes anyway.)
fn check_weights(criteria: usize, weights: &[u8]) -> Result<(), RankError> {
    if weights.len() == criteria {
        Ok(())
    } else {
        Err(RankError::WeightCount {
            expected: criteria,
            found: weights.len(),
        })
    }
}

/// Ranks every provider of `dataset` by the weighted sum under `weights`
/// (one whole number 0..=100 per criterion, in the dataset's order).
pub fn rank(dataset: &crate::data::Dataset, weights: &[u8]) -> Result<Ranking, RankError> {
    let scores = weighted_sum(dataset, weights)?;
    Ok(Ranking::from_scores(&dataset.providers, scores))
}
