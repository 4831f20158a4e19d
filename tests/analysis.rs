//! Analysis around the weighted sum: contributions that explain a score, weights from an
//! order of importance, and rank acceptability under uncertain weights (SMAA-2).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::Dataset;
use eurocloud_compare::engine::elicit::rank_order_centroid;
use eurocloud_compare::engine::explain::{contributions, most, pairwise};
use eurocloud_compare::engine::smaa::acceptability;
use eurocloud_compare::engine::Missing;
use eurocloud_compare::engine::{self, Method, RankError};
use proptest::prelude::*;
use support::random::{arb_providers, arb_weights, build};
use support::{dataset, file, CRITERIA};

/// p is best on `a`, q on `b`; under weights a=30, b=50, p scores 37.5 and q 31.25
/// (the sensitivity example of tests/engine.rs).
fn two_providers() -> Dataset {
    let criteria = &[("a", "benefit", 0.0, 4.0), ("b", "benefit", 0.0, 4.0)];
    dataset(&file(
        criteria,
        &[
            ("p", "P", vec![Some(4.0), Some(0.0)]),
            ("q", "Q", vec![Some(0.0), Some(2.0)]),
        ],
    ))
}

// Contributions.

#[test]
fn contributions_match_a_hand_computation() {
    let d = dataset(&file(
        CRITERIA,
        &[
            ("p", "P", vec![Some(4.0), Some(2.0), Some(0.0), Some(100.0)]),
            ("q", "Q", vec![Some(1.0), None, Some(3.0), Some(0.0)]),
        ],
    ));
    // p: 100 * (15*1, 10*0.5, 0, 5*0.5) / 30 = 50, 16.67, 0, 8.33, which make 75.
    let p = contributions(&d, &[15, 10, 0, 5], Missing::Worst, 0).unwrap();
    let expected = [50.0, 100.0 * 5.0 / 30.0, 0.0, 100.0 * 2.5 / 30.0];
    for (got, want) in p.iter().zip(expected) {
        assert!((got - want).abs() < 1e-12, "{p:?}");
    }
    // q - p: a 12.5 - 50, b 0 - 16.67, c 0 (weighted 0), price 16.67 - 8.33.
    let q_minus_p = pairwise(&d, &[15, 10, 0, 5], Missing::Worst, 1, 0).unwrap();
    let expected = [-37.5, -100.0 * 5.0 / 30.0, 0.0, 100.0 * 2.5 / 30.0];
    for (got, want) in q_minus_p.iter().zip(expected) {
        assert!((got - want).abs() < 1e-12, "{q_minus_p:?}");
    }
}

#[test]
fn contributions_refuse_the_weights_the_weighted_sum_refuses() {
    let d = two_providers();
    for weights in [&[0, 0][..], &[1, 2, 3][..]] {
        let expected = engine::weighted_sum(&d, weights, Missing::Worst).unwrap_err();
        assert_eq!(contributions(&d, weights, Missing::Worst, 0), Err(expected));
        assert_eq!(pairwise(&d, weights, Missing::Worst, 0, 1), Err(expected));
    }
    assert_eq!(
        contributions(&d, &[0, 0], Missing::Worst, 0),
        Err(RankError::AllWeightsZero)
    );
}

proptest! {
    #[test]
    fn each_contribution_is_at_most_what_its_criterion_could_add(
        providers in arb_providers(), weights in arb_weights(),
        missing in prop_oneof![Just(Missing::Worst), Just(Missing::Midpoint), Just(Missing::Skip)],
    ) {
        let d = build(&providers);
        for p in 0..providers.len() {
            let parts = contributions(&d, &weights, missing, p).unwrap();
            let reach = most(&d, &weights, missing, p).unwrap();
            for (part, top) in parts.iter().zip(&reach) {
                prop_assert!(*part <= top + 1e-9, "{part} > {top}");
            }
            // What the criteria could add is the whole score scale, unless nothing counts.
            let sum: f64 = reach.iter().sum();
            prop_assert!(sum == 0.0 || (sum - 100.0).abs() < 1e-9, "{sum}");
        }
    }

    #[test]
    fn contributions_add_up_to_the_weighted_sum(
        providers in arb_providers(), weights in arb_weights(),
    ) {
        let d = build(&providers);
        let scores = engine::weighted_sum(&d, &weights, Missing::Worst).unwrap();
        for (p, score) in scores.iter().enumerate() {
            let parts = contributions(&d, &weights, Missing::Worst, p).unwrap();
            prop_assert_eq!(parts.len(), CRITERIA.len());
            prop_assert!(parts.iter().all(|&c| c >= 0.0));
            prop_assert!((parts.iter().sum::<f64>() - score).abs() < 1e-9, "{:?} {}", parts, score);
        }
    }

    #[test]
    fn a_criterion_weighted_zero_contributes_nothing(
        providers in arb_providers(), weights in arb_weights(),
    ) {
        let d = build(&providers);
        for p in 0..providers.len() {
            let parts = contributions(&d, &weights, Missing::Worst, p).unwrap();
            for (part, &w) in parts.iter().zip(&weights) {
                if w == 0 {
                    prop_assert_eq!(*part, 0.0);
                }
            }
        }
    }

    #[test]
    fn contributions_do_not_change_when_every_weight_is_multiplied(
        providers in arb_providers(), weights in arb_weights(), factor in 1u8..=10,
    ) {
        let d = build(&providers);
        let scaled: Vec<u8> = weights.iter().map(|w| w * factor).collect();
        for p in 0..providers.len() {
            prop_assert_eq!(contributions(&d, &weights, Missing::Worst, p), contributions(&d, &scaled, Missing::Worst, p));
        }
    }

    #[test]
    fn pairwise_differences_are_antisymmetric_and_add_up_to_the_score_difference(
        providers in arb_providers(), weights in arb_weights(),
        a in any::<prop::sample::Index>(), b in any::<prop::sample::Index>(),
    ) {
        let d = build(&providers);
        let (a, b) = (a.index(providers.len()), b.index(providers.len()));
        let scores = engine::weighted_sum(&d, &weights, Missing::Worst).unwrap();
        let ab = pairwise(&d, &weights, Missing::Worst, a, b).unwrap();
        let ba = pairwise(&d, &weights, Missing::Worst, b, a).unwrap();
        let negated: Vec<f64> = ba.iter().map(|x| -x).collect();
        prop_assert_eq!(&ab, &negated);
        prop_assert!((ab.iter().sum::<f64>() - (scores[a] - scores[b])).abs() < 1e-9);
        if a == b {
            prop_assert!(ab.iter().all(|&x| x == 0.0));
        }
    }
}

// Rank order centroid.

#[test]
fn rank_order_centroid_gives_the_known_weights() {
    assert_eq!(rank_order_centroid(&[0], 1), [100]);
    assert_eq!(rank_order_centroid(&[1], 3), [0, 100, 0]);
    // 0.5, 0.5 -> 75, 25.
    assert_eq!(rank_order_centroid(&[1, 0], 2), [25, 75]);
    // 61.11, 27.78, 11.11: rounded down to 99, the missing point to 27.78.
    assert_eq!(rank_order_centroid(&[0, 1, 2], 3), [61, 28, 11]);
    assert_eq!(rank_order_centroid(&[2, 0, 1], 3), [28, 11, 61]);
    // 52.08, 27.08, 14.58, 6.25: the missing point to 14.58.
    assert_eq!(rank_order_centroid(&[0, 1, 2, 3], 4), [52, 27, 15, 6]);
    // Two criteria ranked, two left out.
    assert_eq!(rank_order_centroid(&[3, 1], 4), [0, 25, 0, 75]);
}

#[test]
fn rank_order_centroid_ignores_repeated_and_unknown_indices() {
    assert_eq!(
        rank_order_centroid(&[2, 9, 0, 2, 1, 0, 3], 3),
        rank_order_centroid(&[2, 0, 1], 3)
    );
    assert_eq!(rank_order_centroid(&[], 3), [0, 0, 0]);
    assert_eq!(rank_order_centroid(&[5, 7], 3), [0, 0, 0]);
    assert!(rank_order_centroid(&[0, 1], 0).is_empty());
}

proptest! {
    #[test]
    fn rank_order_centroid_sums_to_100_and_never_increases_along_the_order(
        order in prop::collection::vec(0usize..80, 0..100), criteria in 0usize..70,
    ) {
        let weights = rank_order_centroid(&order, criteria);
        prop_assert_eq!(weights.len(), criteria);
        let mut ranked: Vec<usize> = Vec::new();
        for &c in &order {
            if c < criteria && !ranked.contains(&c) {
                ranked.push(c);
            }
        }
        let total: u32 = weights.iter().map(|&w| u32::from(w)).sum();
        prop_assert_eq!(total, if ranked.is_empty() { 0 } else { 100 });
        for pair in ranked.windows(2) {
            prop_assert!(weights[pair[0]] >= weights[pair[1]], "{:?}", weights);
        }
        for (c, &w) in weights.iter().enumerate() {
            if !ranked.contains(&c) {
                prop_assert_eq!(w, 0);
            }
        }
    }
}

// Rank acceptability (SMAA-2).

#[test]
fn acceptability_matches_the_chance_of_each_order() {
    // q goes above p when wa < wb / 2. At 50%, wa is uniform on 15..45 and wb on 25..75;
    // P(wa < wb / 2) = (1/25) * integral from 15 to 37.5 of (x - 15)/30 dx = 0.3375.
    let d = two_providers();
    let result = acceptability(
        Method::WeightedSum,
        Missing::Worst,
        &d,
        &[30, 50],
        50,
        20_000,
        7,
    )
    .unwrap();
    assert_eq!(result.samples, 20_000);
    assert_eq!(result.providers, 2);
    assert_eq!(result.shares.len(), 4);
    let q_first = result.share(1, 1);
    // Four standard errors (0.0033 each) either side.
    assert!((q_first - 0.3375).abs() < 0.014, "{q_first}");
    assert_eq!(result.share(0, 2), q_first);
    assert_eq!(result.share(0, 1), 1.0 - q_first);
    assert_eq!(result.share(0, 0), 0.0);
    assert_eq!(result.share(0, 3), 0.0);
}

#[test]
fn acceptability_refuses_the_weights_the_weighted_sum_refuses() {
    let d = two_providers();
    assert_eq!(
        acceptability(Method::WeightedSum, Missing::Worst, &d, &[0, 0], 20, 10, 1),
        Err(RankError::AllWeightsZero)
    );
    assert_eq!(
        acceptability(Method::WeightedSum, Missing::Worst, &d, &[1], 20, 10, 1),
        Err(RankError::WeightCount {
            expected: 2,
            found: 1
        })
    );
}

#[test]
fn acceptability_without_samples_is_all_zero_and_uncertainty_stops_at_100() {
    let d = two_providers();
    let none = acceptability(Method::WeightedSum, Missing::Worst, &d, &[30, 50], 20, 0, 1).unwrap();
    assert_eq!(none.shares, [0.0; 4]);
    assert_eq!(
        acceptability(
            Method::WeightedSum,
            Missing::Worst,
            &d,
            &[30, 50],
            255,
            500,
            3
        ),
        acceptability(
            Method::WeightedSum,
            Missing::Worst,
            &d,
            &[30, 50],
            100,
            500,
            3
        )
    );
}

#[test]
fn acceptability_is_the_same_for_the_same_seed_and_differs_for_another() {
    let d = two_providers();
    let run = |seed| {
        acceptability(
            Method::WeightedSum,
            Missing::Worst,
            &d,
            &[30, 50],
            40,
            1_000,
            seed,
        )
        .unwrap()
    };
    assert_eq!(run(2026), run(2026));
    assert_ne!(run(2026), run(2027));
}

proptest! {
    #[test]
    fn without_uncertainty_every_sample_gives_the_engines_ranking(
        providers in arb_providers(), weights in arb_weights(), seed in any::<u64>(),
        topsis in any::<bool>(),
    ) {
        let method = if topsis { Method::Topsis } else { Method::WeightedSum };
        let d = build(&providers);
        let ranking = engine::rank_by(method, Missing::Worst, &d, &weights).unwrap();
        let result = acceptability(method, Missing::Worst, &d, &weights, 0, 16, seed).unwrap();
        for entry in &ranking.entries {
            for rank in 1..=providers.len() as u32 {
                let expected = if rank == entry.rank { 1.0 } else { 0.0 };
                prop_assert_eq!(result.share(entry.provider, rank), expected,
                    "provider {} rank {}", entry.provider, rank);
            }
        }
    }

    #[test]
    fn each_provider_takes_one_rank_per_sample(
        providers in arb_providers(), weights in arb_weights(),
        uncertainty in 0u8..=100, seed in any::<u64>(),
    ) {
        let d = build(&providers);
        let n = providers.len();
        let result = acceptability(Method::WeightedSum, Missing::Worst, &d, &weights, uncertainty, 200, seed).unwrap();
        prop_assert_eq!(result.shares.len(), n * n);
        prop_assert!(result.shares.iter().all(|s| (0.0..=1.0).contains(s)));
        for p in 0..n {
            let total: f64 = (1..=n as u32).map(|r| result.share(p, r)).sum();
            prop_assert!((total - 1.0).abs() < 1e-9, "provider {} {}", p, total);
        }
        // Someone is always first; ties can leave a rank empty and give another several
        // providers, but there are as many places as providers in every sample.
        let first: f64 = (0..n).map(|p| result.share(p, 1)).sum();
        prop_assert!(first >= 1.0 - 1e-9);
        let places: f64 = result.shares.iter().sum();
        prop_assert!((places - n as f64).abs() < 1e-9);
    }

    #[test]
    fn a_provider_best_on_every_criterion_is_always_first(
        providers in arb_providers(), weights in arb_weights(),
        uncertainty in 0u8..=100, seed in any::<u64>(), at in any::<prop::sample::Index>(),
    ) {
        let mut providers = providers;
        let best = at.index(providers.len() + 1);
        let best_values = vec![Some(4.0), Some(4.0), Some(4.0), Some(0.0)];
        providers.insert(best, ("best".into(), "Best".into(), best_values));
        let d = build(&providers);
        let result = acceptability(Method::WeightedSum, Missing::Worst, &d, &weights, uncertainty, 200, seed).unwrap();
        prop_assert_eq!(result.share(best, 1), 1.0);
    }
}

#[test]
fn a_three_way_contest_fills_every_rank_once_per_sample() {
    // p is best on a, q on b, r in between: they tie only where wa = wb exactly, which
    // random weights miss, so each rank is held by exactly one provider in every sample.
    let criteria = &[("a", "benefit", 0.0, 4.0), ("b", "benefit", 0.0, 4.0)];
    let d = dataset(&file(
        criteria,
        &[
            ("p", "P", vec![Some(4.0), Some(0.0)]),
            ("q", "Q", vec![Some(0.0), Some(4.0)]),
            ("r", "R", vec![Some(2.5), Some(1.5)]),
        ],
    ));
    let result = acceptability(
        Method::WeightedSum,
        Missing::Worst,
        &d,
        &[10, 10],
        60,
        5_000,
        11,
    )
    .unwrap();
    for rank in 1..=3 {
        let held: f64 = (0..3).map(|p| result.share(p, rank)).sum();
        assert!((held - 1.0).abs() < 1e-9, "rank {rank}: {held}");
    }
    // r's score is 0.625 p's + 0.375 q's, so r is always second; with equal weights p and
    // q are first about equally often.
    assert_eq!(result.share(2, 2), 1.0);
    assert!((result.share(0, 1) - 0.5).abs() < 0.05);
}
