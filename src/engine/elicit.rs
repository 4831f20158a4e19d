//! Weights from an order of importance, for a visitor who can say which criterion matters
//! more than which but not by how much.
//!
//! Rank order centroid (Barron and Barrett, 1996): of all the weightings that respect the
//! order, the average one. For n ranked criteria the k-th most important gets
//! `(1/n) * (1/k + 1/(k+1) + ... + 1/n)`: for three, 0.611, 0.278 and 0.111.

/// Whole-number weights summing to 100 from an order of importance, one per criterion
/// (a `Vec` of length `criteria`).
///
/// `order[0]` is the most important criterion's index. A criterion not in `order` gets 0;
/// an index repeated in `order` counts at its first place only, and an index not below
/// `criteria` is ignored. The rank order centroid weights, times 100, are rounded by
/// largest remainder: each is rounded down, then the points missing from 100 go one each
/// to the largest fractional parts (equal ones to the more important criterion first). So
/// the weights never increase along the order, and an order naming no valid criterion
/// gives all zeros. From 11 ranked criteria on, the last ones' exact weights are below 1
/// (1/n² of 100 for the last), so some of them can round to 0.
pub fn rank_order_centroid(order: &[usize], criteria: usize) -> Vec<u8> {
    let mut seen = vec![false; criteria];
    let ranked: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&c| c < criteria && !std::mem::replace(&mut seen[c], true))
        .collect();
    let mut weights = vec![0u8; criteria];
    let n = ranked.len();
    if n == 0 {
        return weights;
    }
    // 100 * w_k by position, from the sums 1/k + ... + 1/n built from the end.
    let mut exact = vec![0.0; n];
    let mut tail = 0.0;
    for k in (0..n).rev() {
        tail += 1.0 / (k + 1) as f64;
        exact[k] = 100.0 * tail / n as f64;
    }
    for (k, &criterion) in ranked.iter().enumerate() {
        weights[criterion] = exact[k].floor() as u8;
    }
    let rounded_down: u32 = weights.iter().map(|&w| u32::from(w)).sum();
    // At most n points are missing: each position, in turn, to the largest remaining
    // fractional part, the earlier position on equal ones (a selection rather than a sort:
    // a few bytes of wasm).
    let mut remainders: Vec<f64> = exact.iter().map(|x| x.fract()).collect();
    for _ in rounded_down..100 {
        let largest = (1..n).fold(0, |best, k| {
            if remainders[k] > remainders[best] {
                k
            } else {
                best
            }
        });
        weights[ranked[largest]] += 1;
        // Below any fractional part, so never chosen twice.
        remainders[largest] = -1.0;
    }
    weights
}
