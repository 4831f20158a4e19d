//! Ordering scored providers: ranks with ties, listed by name within a tie.

use crate::data::Provider;

/// Scores closer than this (on the 0-100 scale) are equal: they differ only by the
/// rounding of floating-point sums in another order.
const TIE_RESOLUTION: f64 = 1e-9;

/// Providers in ranking order.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    pub entries: Vec<Entry>,
}

/// One provider's place in a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Index into `Dataset::providers`.
    pub provider: usize,
    /// 0-100.
    pub score: f64,
    /// 1-based; equal scores share a rank and the next rank skips (1, 2, 2, 4).
    pub rank: u32,
    /// Whether another provider has the same score.
    pub tied: bool,
}

impl Ranking {
    /// Orders `providers` by `scores` (same order): best first, equal scores by name, then id.
    /// Names compare with ASCII letters folded to lower case: full Unicode case folding
    /// would ship its tables (about 12 KB) for a tie-break.
    pub fn from_scores(providers: &[Provider], scores: Vec<f64>) -> Ranking {
        let tie_key = |score: f64| (score / TIE_RESOLUTION).round() as i64;
        let mut order: Vec<(i64, String, usize)> = scores
            .iter()
            .enumerate()
            .map(|(i, &s)| (tie_key(s), providers[i].name.to_ascii_lowercase(), i))
            .collect();
        order.sort_unstable_by(|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| a.1.cmp(&b.1))
                .then_with(|| providers[a.2].id.cmp(&providers[b.2].id))
        });
        let mut entries: Vec<Entry> = Vec::with_capacity(order.len());
        for (position, (key, _, provider)) in order.iter().enumerate() {
            let shares_previous = position > 0 && order[position - 1].0 == *key;
            let rank = if shares_previous {
                entries[position - 1].rank
            } else {
                position as u32 + 1
            };
            let shares_next = order.get(position + 1).is_some_and(|next| next.0 == *key);
            entries.push(Entry {
                provider: *provider,
                score: scores[*provider],
                rank,
                tied: shares_previous || shares_next,
            });
        }
        Ranking { entries }
    }

    /// The entry of a provider, by its index in the dataset.
    pub fn entry_of(&self, provider: usize) -> Option<&Entry> {
        self.entries.iter().find(|e| e.provider == provider)
    }
}
