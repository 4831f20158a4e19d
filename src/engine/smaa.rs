//! How sure is each place when the weights are only roughly known: SMAA-2 rank
//! acceptability for the weighted sum (Lahdelma and Salminen, 2001).
//!
//! Many weight vectors are drawn around the visitor's weights, the providers are ranked
//! under each, and each provider's places are counted: "first in 62% of the samples,
//! second in 30%". The draws come from a small seeded generator written here, so a seed
//! always gives the same answer, on the host and in the browser.

use super::ranking::tie_key;
use super::weighted_sum::reduced_weights;
use super::{placed, topsis, Method, Missing, RankError};
use crate::data::Dataset;

/// How often each provider took each rank over the samples.
#[derive(Debug, Clone, PartialEq)]
pub struct Acceptability {
    pub samples: u32,
    /// Providers × ranks, row-major: `shares[p * providers + r]` is the share of samples
    /// (0-1) in which provider `p` (a dataset index) has rank `r + 1`. Tied providers share
    /// the better rank and the next rank is skipped, as in `Ranking`, so a rank can be
    /// held by several providers in one sample and by none in another.
    pub shares: Vec<f64>,
    /// The number of providers, which is also the number of ranks.
    pub providers: usize,
}

impl Acceptability {
    /// The share of samples (0-1) in which `provider` has `rank` (1-based); 0 for a rank
    /// outside `1..=providers`. Panics if `provider` is not an index of the dataset.
    pub fn share(&self, provider: usize, rank: u32) -> f64 {
        assert!(provider < self.providers, "no such provider");
        match (rank as usize).checked_sub(1) {
            Some(r) if r < self.providers => self.shares[provider * self.providers + r],
            _ => 0.0,
        }
    }
}

/// Ranks the providers by `method` under `samples` weight vectors drawn around
/// `weights`, and counts each provider's ranks.
///
/// Each weight `w` is drawn uniformly from `w * (1 - u)` to `w * (1 + u)`, where `u` is
/// `uncertainty_percent / 100` (a value above 100 counts as 100), independently of the
/// others; a weight of 0 stays 0. With an uncertainty of 0 every sample is `weights`
/// itself, and each provider has its rank in `engine::rank` in every sample. With no
/// samples every share is 0. Errors as `weighted_sum` does.
pub fn acceptability(
    method: Method,
    missing: Missing,
    dataset: &Dataset,
    weights: &[u8],
    uncertainty_percent: u8,
    samples: u32,
    seed: u64,
) -> Result<Acceptability, RankError> {
    // Reduced as `weighted_sum` reduces them: with no uncertainty, the scores below are
    // then bit-identical to its scores, and so are the ties.
    let weights = method.effective_weights(dataset, weights);
    let reduced = reduced_weights(dataset.criteria.len(), &weights)?;
    let active: Vec<usize> = (0..reduced.len()).filter(|&j| reduced[j] > 0.0).collect();
    let base: Vec<f64> = active.iter().map(|&j| reduced[j]).collect();
    // The places of the weighted criteria's values, row-major: computed once; NaN where a
    // missing value is left out.
    let matrix: Vec<f64> = dataset
        .providers
        .iter()
        .flat_map(|p| {
            active.iter().map(|&j| {
                placed(p.values[j].value, &dataset.criteria[j], missing).unwrap_or(f64::NAN)
            })
        })
        .collect();
    let n = dataset.providers.len();
    let spread = f64::from(uncertainty_percent.min(100)) / 100.0;
    let mut random = SplitMix64(seed);
    // Buffers reused by every sample.
    let mut sampled = vec![0.0; base.len()];
    let mut keys = vec![0i64; n];
    let mut order: Vec<usize> = (0..n).collect();
    let mut counts = vec![0u32; n * n];
    let mut full = vec![0.0; reduced.len()];
    for _ in 0..samples {
        for (s, &w) in sampled.iter_mut().zip(&base) {
            // unit() is in (0, 1], so even at 100% a weight stays above 0 and the total
            // cannot be 0.
            *s = w * (1.0 + spread * (2.0 * random.unit() - 1.0));
        }
        if method.is_relative() {
            // TOPSIS depends on every weight and every provider: scored whole.
            for (&j, &w) in active.iter().zip(&sampled) {
                full[j] = w;
            }
            for (key, score) in keys
                .iter_mut()
                .zip(topsis::weighted(dataset, &full, missing))
            {
                *key = tie_key(score);
            }
        } else {
            // `active` is not empty (all weights zero is an error), so the rows are too.
            for (key, row) in keys.iter_mut().zip(matrix.chunks_exact(base.len())) {
                // The same terms, in the same order, as `weighted_sum`.
                let (sum, total) = row
                    .iter()
                    .zip(&sampled)
                    .filter(|(v, _)| !v.is_nan())
                    .fold((0.0, 0.0), |(s, t), (v, w)| (s + w * v, t + w));
                *key = tie_key(if total > 0.0 {
                    100.0 * sum / total
                } else {
                    0.0
                });
            }
        }
        sort_by_key_descending(&mut order, &keys);
        let mut rank = 0;
        for (position, &p) in order.iter().enumerate() {
            if position > 0 && keys[p] != keys[order[position - 1]] {
                rank = position;
            }
            counts[p * n + rank] += 1;
        }
    }
    let shares = counts
        .iter()
        .map(|&c| {
            if samples == 0 {
                0.0
            } else {
                f64::from(c) / f64::from(samples)
            }
        })
        .collect();
    Ok(Acceptability {
        samples,
        shares,
        providers: n,
    })
}

/// Sorts provider indexes by descending key, by insertion. `order` starts as the previous
/// sample's order, which is usually nearly right, so this is close to one pass; and it is
/// a few bytes of wasm where the standard library's sorts weigh kilobytes per use.
fn sort_by_key_descending(order: &mut [usize], keys: &[i64]) {
    for i in 1..order.len() {
        let p = order[i];
        let mut j = i;
        while j > 0 && keys[order[j - 1]] < keys[p] {
            order[j] = order[j - 1];
            j -= 1;
        }
        order[j] = p;
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit state, one addition and two
/// multiplications per draw; plenty for sampling weights, and the same on every target.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1], in steps of 2^-53.
    fn unit(&mut self) -> f64 {
        ((self.next() >> 11) + 1) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_the_reference_sequence() {
        // The first outputs of the reference implementation from seed 0.
        let mut random = SplitMix64(0);
        assert_eq!(random.next(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(random.next(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(random.next(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn unit_draws_stay_in_the_half_open_interval() {
        let mut lowest = SplitMix64(u64::MAX);
        let draws: Vec<f64> = (0..10_000).map(|_| lowest.unit()).collect();
        assert!(draws.iter().all(|&x| x > 0.0 && x <= 1.0));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((mean - 0.5).abs() < 0.01);
    }
}
