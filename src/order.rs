//! One sort for the whole widget.
//!
//! Every `sort_by` with its own element type and comparison compiles to its own copy of the
//! standard library's sort (2 to 4 KB of wasm each). Sorting positions `0..n` with a
//! comparison behind a `dyn` reference compiles once, whatever is sorted.

use std::cmp::Ordering;

/// The positions `0..n` in the order `compare` defines; stable (equal positions keep their
/// order). A bottom-up merge sort: O(n log n) comparisons, one buffer.
pub fn sorted(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut buffer = order.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let middle = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, middle);
            for slot in &mut buffer[start..end] {
                let take_left =
                    j >= end || (i < middle && compare(order[i], order[j]) != Ordering::Greater);
                if take_left {
                    *slot = order[i];
                    i += 1;
                } else {
                    *slot = order[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        for n in 0..40usize {
            let keys: Vec<u64> = (0..n as u64).map(|i| (i * 7919 + 13) % 5).collect();
            let ours = sorted(n, &|a, b| keys[a].cmp(&keys[b]));
            let mut theirs: Vec<usize> = (0..n).collect();
            theirs.sort_by_key(|&i| keys[i]);
            assert_eq!(ours, theirs, "n = {n}");
        }
    }
}
