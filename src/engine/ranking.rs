//! Ordering scored providers: ranks with ties, listed by name within a tie.

use crate::data::Provider;
use std::rc::Rc;

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

/// Scores with equal keys are tied: the key counts steps of `TIE_RESOLUTION`.
pub fn tie_key(score: f64) -> i64 {
    (score / TIE_RESOLUTION).round() as i64
}

impl Ranking {
    /// Orders `providers` by `scores` (same order): best first, equal scores by name, then id.
    /// Names compare with ASCII letters folded to lower case: full Unicode case folding
    /// would ship its tables (about 12 KB) for a tie-break.
    pub fn from_scores(providers: &[Rc<Provider>], scores: Vec<f64>) -> Ranking {
        let keys: Vec<i64> = scores.iter().map(|&s| tie_key(s)).collect();
        let names: Vec<String> = providers
            .iter()
            .map(|p| p.name.to_ascii_lowercase())
            .collect();
        let order = crate::order::sorted(scores.len(), &|a, b| {
            keys[b]
                .cmp(&keys[a])
                .then_with(|| names[a].cmp(&names[b]))
                .then_with(|| providers[a].id.cmp(&providers[b].id))
        });
        let mut entries: Vec<Entry> = Vec::with_capacity(order.len());
        for (position, &provider) in order.iter().enumerate() {
            let key = keys[provider];
            let shares_previous = position > 0 && keys[order[position - 1]] == key;
            let rank = if shares_previous {
                entries[position - 1].rank
            } else {
                position as u32 + 1
            };
            let shares_next = order
                .get(position + 1)
                .is_some_and(|&next| keys[next] == key);
            entries.push(Entry {
                provider,
                score: scores[provider],
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
