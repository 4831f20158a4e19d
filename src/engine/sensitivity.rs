//! How sure is the ranking: the weights within which the first place stays first, and the
//! smallest change of one weight that swaps two neighbours.
//!
//! Weights are whole numbers from 0 to 100, so every question here has a finite answer:
//! each candidate weight is ranked by the engine itself, which makes the answers exact
//! for every method (the weighted sum, TOPSIS, the framework's) and consistent with the
//! tie rule. The cost is at most 101 rankings per criterion, a few milliseconds for the
//! widget's data.

use super::{rank_by, Method, Missing, RankError, Ranking};
use crate::data::Dataset;

/// For one criterion: the whole-number weights (others unchanged) for which the provider
/// now first stays first (a tie for first counts as first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StableRange {
    pub criterion: usize,
    pub low: u8,
    pub high: u8,
}

/// The smallest change of a single weight that puts `lower` above `upper`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swap {
    /// The provider now ranked just above, and the one just below (dataset indexes).
    pub upper: usize,
    pub lower: usize,
    pub criterion: usize,
    /// The weight of `criterion` at which the swap happens.
    pub weight: u8,
}

fn with_weight(weights: &[u8], criterion: usize, weight: u8) -> Vec<u8> {
    let mut changed = weights.to_vec();
    changed[criterion] = weight;
    changed
}

/// Whether `provider` has rank 1 under `weights`; all weights zero ranks nobody.
fn is_first(
    (method, missing): (Method, Missing),
    dataset: &Dataset,
    weights: &[u8],
    provider: usize,
) -> bool {
    rank_by(method, missing, dataset, weights)
        .is_ok_and(|r| r.entry_of(provider).is_some_and(|e| e.rank == 1))
}

/// For every criterion, the range of its weight within which the current first place
/// (the first listed, if several tie) stays first: the run of whole-number weights around
/// the current one. Under the weighted sum that is every weight that keeps it first; under
/// TOPSIS, whose scores are not linear in a weight, it may be first again further out.
pub fn first_place_ranges(
    method: Method,
    missing: Missing,
    dataset: &Dataset,
    weights: &[u8],
) -> Result<Vec<StableRange>, RankError> {
    let ranking = rank_by(method, missing, dataset, weights)?;
    let Some(first) = ranking.entries.first().map(|e| e.provider) else {
        return Ok(Vec::new());
    };
    Ok((0..weights.len())
        .map(|criterion| {
            let holds = |w: u8| {
                is_first(
                    (method, missing),
                    dataset,
                    &with_weight(weights, criterion, w),
                    first,
                )
            };
            let current = weights[criterion];
            let low = (0..current)
                .rev()
                .take_while(|&w| holds(w))
                .last()
                .unwrap_or(current);
            let high = (current + 1..=100)
                .take_while(|&w| holds(w))
                .last()
                .unwrap_or(current);
            StableRange {
                criterion,
                low,
                high,
            }
        })
        .collect())
}

/// For each of the first `pairs` pairs of neighbours in the ranking, the smallest change of
/// one weight that puts the lower one strictly above the upper one; `None` for a pair no
/// single weight can swap.
pub fn neighbour_swaps(
    method: Method,
    missing: Missing,
    dataset: &Dataset,
    weights: &[u8],
    pairs: usize,
) -> Result<Vec<Option<Swap>>, RankError> {
    let ranking = rank_by(method, missing, dataset, weights)?;
    Ok(ranking
        .entries
        .windows(2)
        .take(pairs)
        .map(|pair| {
            let (upper, lower) = (pair[0].provider, pair[1].provider);
            smallest_swap(method, missing, dataset, weights, upper, lower)
        })
        .collect())
}

fn smallest_swap(
    method: Method,
    missing: Missing,
    dataset: &Dataset,
    weights: &[u8],
    upper: usize,
    lower: usize,
) -> Option<Swap> {
    let above = |r: &Ranking| {
        let rank_of = |p| r.entry_of(p).map(|e| e.rank);
        rank_of(lower) < rank_of(upper)
    };
    let mut best: Option<(u8, Swap)> = None;
    for criterion in 0..weights.len() {
        let current = weights[criterion];
        for distance in 1..=100u8 {
            if best.is_some_and(|(d, _)| d <= distance) {
                break;
            }
            let candidates = [
                current.checked_sub(distance),
                current.checked_add(distance).filter(|w| *w <= 100),
            ];
            let found = candidates.into_iter().flatten().find(|&w| {
                rank_by(
                    method,
                    missing,
                    dataset,
                    &with_weight(weights, criterion, w),
                )
                .is_ok_and(|r| above(&r))
            });
            if let Some(weight) = found {
                best = Some((
                    distance,
                    Swap {
                        upper,
                        lower,
                        criterion,
                        weight,
                    },
                ));
                break;
            }
        }
    }
    best.map(|(_, swap)| swap)
}
