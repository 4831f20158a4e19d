//! The decision engine: pure arithmetic on a validated `Dataset`, no browser in sight.
//!
//! Scores are 0-100. Each value is normalised against its criterion's declared scale
//! (never against the other providers), cost criteria are inverted, a missing value counts
//! as the scale's worst, and whole-number weights are normalised by their sum.

pub mod elicit;
pub mod explain;
mod ranking;
pub mod screen;
pub mod sensitivity;
pub mod smaa;
mod topsis;
mod weighted_sum;

pub use ranking::{Entry, Ranking};
pub use topsis::topsis;
pub use weighted_sum::{normalise, weighted_sum};

use crate::data::Dataset;

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
pub fn rank(dataset: &Dataset, weights: &[u8]) -> Result<Ranking, RankError> {
    rank_by(Method::WeightedSum, dataset, weights)
}

/// How scores are computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Method {
    /// The weighted mean of each value's place on its criterion's scale.
    #[default]
    WeightedSum,
    /// Closeness to the best and distance from the worst values among the providers compared.
    Topsis,
    /// The assessment framework's own: the weighted sum of its objectives only (other
    /// criteria count 0), after the minimum levels (gates) have screened providers.
    Framework,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::WeightedSum, Method::Topsis, Method::Framework];

    /// Its name in a URL fragment (`m=`).
    pub fn id(self) -> &'static str {
        match self {
            Method::WeightedSum => "weighted-sum",
            Method::Topsis => "topsis",
            Method::Framework => "framework",
        }
    }

    /// Whether a provider's score depends on which other providers are compared.
    pub fn is_relative(self) -> bool {
        self == Method::Topsis
    }

    /// The weights this method applies: the framework method zeroes every criterion
    /// outside the framework; the others use `weights` as they are.
    pub fn effective_weights(self, dataset: &Dataset, weights: &[u8]) -> Vec<u8> {
        weights
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                if self == Method::Framework && !dataset.in_framework(i) {
                    0
                } else {
                    w
                }
            })
            .collect()
    }
}

/// Each provider's score 0-100 under `method`, in the order of `dataset.providers`.
pub fn scores(method: Method, dataset: &Dataset, weights: &[u8]) -> Result<Vec<f64>, RankError> {
    match method {
        Method::WeightedSum => weighted_sum(dataset, weights),
        Method::Topsis => topsis(dataset, weights),
        Method::Framework => weighted_sum(dataset, &method.effective_weights(dataset, weights)),
    }
}

/// Ranks every provider of `dataset` by `method` under `weights`.
pub fn rank_by(method: Method, dataset: &Dataset, weights: &[u8]) -> Result<Ranking, RankError> {
    let scores = scores(method, dataset, weights)?;
    Ok(Ranking::from_scores(&dataset.providers, scores))
}
