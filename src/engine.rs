//! The decision engine: pure arithmetic on a validated `Dataset`, no browser in sight.
//!
//! Scores are 0-100. Each value is normalised against its criterion's declared scale
//! (never against the other providers), cost criteria are inverted, a missing value counts
//! as the visitor chooses (`Missing`: the scale's worst by default), and whole-number
//! weights are normalised by their sum. `bounds` gives the range of scores a provider's
//! missing values allow.

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
pub use weighted_sum::{normalise, placed, weighted_sum};

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
    rank_by(Method::WeightedSum, Missing::Worst, dataset, weights)
}

/// How a missing value counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Missing {
    /// As the scale's worst level: a provider gains nothing from what is not documented.
    #[default]
    Worst,
    /// As the scale's midpoint.
    Midpoint,
    /// Not at all: its weight is spread over the provider's known values.
    Skip,
}

impl Missing {
    pub const ALL: [Missing; 3] = [Missing::Worst, Missing::Midpoint, Missing::Skip];

    /// Its name in a URL fragment (`mv=`).
    pub fn id(self) -> &'static str {
        match self {
            Missing::Worst => "worst",
            Missing::Midpoint => "midpoint",
            Missing::Skip => "skip",
        }
    }
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

/// Each provider's score 0-100 under `method`, missing values counted as `missing`, in the
/// order of `dataset.providers`.
pub fn scores(
    method: Method,
    missing: Missing,
    dataset: &Dataset,
    weights: &[u8],
) -> Result<Vec<f64>, RankError> {
    match method {
        Method::WeightedSum => weighted_sum(dataset, weights, missing),
        Method::Topsis => topsis(dataset, weights, missing),
        Method::Framework => weighted_sum(
            dataset,
            &method.effective_weights(dataset, weights),
            missing,
        ),
    }
}

/// Ranks every provider of `dataset` by `method` under `weights`, missing values counted
/// as `missing`.
pub fn rank_by(
    method: Method,
    missing: Missing,
    dataset: &Dataset,
    weights: &[u8],
) -> Result<Ranking, RankError> {
    let scores = scores(method, missing, dataset, weights)?;
    Ok(Ranking::from_scores(&dataset.providers, scores))
}

/// What a provider's missing values leave open.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// The share of the weight (the method's own, `Method::effective_weights`) that rests
    /// on known values, 0 to 1.
    pub known: f64,
    /// The scores 0-100 with every missing value at the scale's worst and at its best, the
    /// other providers' values counted as they are. The provider's score under any way of
    /// counting lies between them.
    pub low: f64,
    pub high: f64,
}

/// The weight (of `weights`, one per criterion) that rests on the provider's known values.
fn known_weight(provider: &crate::data::Provider, weights: &[f64]) -> f64 {
    provider
        .values
        .iter()
        .zip(weights)
        .filter(|(cell, _)| cell.value.is_some())
        .map(|(_, w)| w)
        .sum()
}

/// The share of the method's weight (`Method::effective_weights`) that rests on a
/// provider's known values, 0 to 1; 1 when no weight counts. `bounds` gives it for the
/// providers ranked; this is for any provider of `dataset`, one set apart included.
pub fn known_share(method: Method, dataset: &Dataset, weights: &[u8], provider: usize) -> f64 {
    let real: Vec<f64> = method
        .effective_weights(dataset, weights)
        .iter()
        .map(|&w| f64::from(w))
        .collect();
    let total: f64 = real.iter().sum();
    if total > 0.0 {
        known_weight(&dataset.providers[provider], &real) / total
    } else {
        1.0
    }
}

/// Each provider's `Bounds` under `method` and `weights`, in the order of
/// `dataset.providers`; `scores` are its scores as `rank_by` gives them (the range always
/// holds them). Under the weighted sum the range is exact, from the known values alone.
/// Under TOPSIS a value placed at the scale's best (worst) is also the best (worst) of its
/// column, which moves the provider nearest the ideal (the anti-ideal) on that criterion
/// and changes no other column: so each bound is TOPSIS with the provider's missing
/// values all at that end of the scale.
pub fn bounds(
    method: Method,
    missing: Missing,
    dataset: &Dataset,
    weights: &[u8],
    scores: &[f64],
) -> Vec<Bounds> {
    let weights = method.effective_weights(dataset, weights);
    let total: f64 = weights.iter().map(|&w| f64::from(w)).sum();
    let criteria = &dataset.criteria;
    let real: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
    dataset
        .providers
        .iter()
        .enumerate()
        .map(|(i, provider)| {
            let known = known_weight(provider, &real);
            let score = scores[i];
            if known == total || total == 0.0 {
                return Bounds {
                    known: 1.0,
                    low: score,
                    high: score,
                };
            }
            let (low, high) = if method.is_relative() {
                let at = |best: bool| {
                    let value = |p: usize, j: usize| {
                        let own = dataset.providers[p].values[j].value;
                        let scale = &criteria[j].scale;
                        let end = match criteria[j].direction {
                            crate::data::Direction::Benefit => best,
                            crate::data::Direction::Cost => !best,
                        };
                        match own {
                            Some(v) => Some(v),
                            None if p == i => Some(if end { scale.max } else { scale.min }),
                            None if missing == Missing::Midpoint => {
                                Some((scale.min + scale.max) / 2.0)
                            }
                            None => None,
                        }
                    };
                    topsis::closeness(dataset, &real, missing, &value)[i]
                };
                (at(false), at(true))
            } else {
                let sum: f64 = criteria
                    .iter()
                    .zip(&provider.values)
                    .zip(&real)
                    .filter_map(|((c, cell), w)| cell.value.map(|_| w * normalise(cell.value, c)))
                    .sum();
                (100.0 * sum / total, 100.0 * (sum + total - known) / total)
            };
            Bounds {
                known: known / total,
                low: low.min(score),
                high: high.max(score),
            }
        })
        .collect()
}
