//! The engine: normalisation, weighted sum, ties, and the properties a buyer relies on.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::Dataset;
use eurocloud_compare::engine::{self, Method, Missing, RankError};
use proptest::prelude::*;
use support::random::{arb_providers, arb_weights, build};
use support::{dataset, file, CRITERIA};

fn ids(dataset: &Dataset, weights: &[u8]) -> Vec<String> {
    engine::rank(dataset, weights)
        .unwrap()
        .entries
        .iter()
        .map(|e| dataset.providers[e.provider].id.clone())
        .collect()
}

#[test]
fn normalises_against_the_declared_scale_and_inverts_costs() {
    let d = dataset(&file(
        CRITERIA,
        &[("p", "P", vec![Some(1.0), Some(4.0), None, Some(50.0)])],
    ));
    let n = |i: usize| engine::normalise(d.providers[0].values[i].value, &d.criteria[i]);
    assert_eq!(n(0), 0.25);
    assert_eq!(n(1), 1.0);
    assert_eq!(n(2), 0.0, "a missing value counts as the worst");
    assert_eq!(
        n(3),
        0.75,
        "a cost of 50 on 0..200 is 3/4 of the way to the best"
    );
}

#[test]
fn weighted_sum_matches_a_hand_computation() {
    let d = dataset(&file(
        CRITERIA,
        &[
            ("p", "P", vec![Some(4.0), Some(2.0), Some(0.0), Some(100.0)]),
            ("q", "Q", vec![Some(1.0), None, Some(3.0), Some(0.0)]),
        ],
    ));
    // p: (15*1 + 10*0.5 + 0 + 5*0.5) / 30 = 22.5/30 = 75%
    // q: (15*0.25 + 0 + 0*0.75 + 5*1) / 30 = 8.75/30 = 29.1666...%
    let scores = engine::weighted_sum(&d, &[15, 10, 0, 5], Missing::Worst).unwrap();
    assert!((scores[0] - 75.0).abs() < 1e-12, "{}", scores[0]);
    assert!(
        (scores[1] - 29.166_666_666_666_668).abs() < 1e-12,
        "{}",
        scores[1]
    );
}

#[test]
fn all_weights_zero_is_an_error_not_a_ranking() {
    let d = dataset(&file(CRITERIA, &[("p", "P", vec![Some(1.0); 4])]));
    assert_eq!(
        engine::rank(&d, &[0, 0, 0, 0]),
        Err(RankError::AllWeightsZero)
    );
    assert_eq!(
        engine::rank(&d, &[1, 2]),
        Err(RankError::WeightCount {
            expected: 4,
            found: 2
        })
    );
}

#[test]
fn equal_scores_share_a_rank_and_are_listed_by_name() {
    let v = |x: f64| vec![Some(x), Some(x), Some(x), Some(0.0)];
    let d = dataset(&file(
        CRITERIA,
        &[
            ("zed", "Zed", v(2.0)),
            ("top", "Top", v(4.0)),
            ("alpha", "alpha", v(2.0)),
            ("last", "Last", v(1.0)),
        ],
    ));
    let ranking = engine::rank(&d, &[10, 10, 10, 0]).unwrap();
    let got: Vec<(&str, u32, bool)> = ranking
        .entries
        .iter()
        .map(|e| (d.providers[e.provider].id.as_str(), e.rank, e.tied))
        .collect();
    assert_eq!(
        got,
        vec![
            ("top", 1, false),
            ("alpha", 2, true),
            ("zed", 2, true),
            ("last", 4, false)
        ]
    );
}

#[test]
fn scores_that_differ_only_by_rounding_are_a_tie() {
    // 0.1 + 0.2 != 0.3 in floating point; the scores must still tie.
    let criteria = &[("x", "benefit", 0.0, 1.0), ("y", "benefit", 0.0, 1.0)];
    let d = dataset(&file(
        criteria,
        &[
            ("p", "P", vec![Some(0.1), Some(0.2)]),
            ("q", "Q", vec![Some(0.3), Some(0.0)]),
        ],
    ));
    let ranking = engine::rank(&d, &[1, 1]).unwrap();
    assert!(ranking.entries.iter().all(|e| e.rank == 1 && e.tied));
}

#[test]
fn hiding_a_provider_never_changes_another_ones_score() {
    let providers = vec![
        ("p", "P", vec![Some(4.0), Some(0.0), Some(2.0), Some(10.0)]),
        ("q", "Q", vec![Some(1.0), Some(3.0), None, Some(190.0)]),
        ("r", "R", vec![Some(0.0), Some(4.0), Some(4.0), Some(60.0)]),
    ];
    let all = dataset(&file(CRITERIA, &providers));
    let two = dataset(&file(CRITERIA, &providers[..2]));
    let weights = [20, 5, 30, 45];
    let all_scores = engine::weighted_sum(&all, &weights, Missing::Worst).unwrap();
    assert_eq!(
        engine::weighted_sum(&two, &weights, Missing::Worst).unwrap(),
        all_scores[..2]
    );
}

#[test]
fn the_bundled_file_ranks_under_every_preset() {
    let d = support::dataset(&serde_json::from_str(support::bundled()).unwrap());
    for preset in &d.presets {
        let ranking = engine::rank(&d, &preset.weights).unwrap();
        assert_eq!(ranking.entries.len(), d.providers.len());
        assert!(ranking
            .entries
            .iter()
            .all(|e| (0.0..=100.0).contains(&e.score)));
    }
}

/// The methods whose scores use every criterion (the test files have no framework group).
fn arb_method() -> impl Strategy<Value = Method> {
    prop_oneof![Just(Method::WeightedSum), Just(Method::Topsis)]
}

proptest! {
    #[test]
    fn multiplying_every_weight_by_a_factor_leaves_the_ranking_unchanged(
        providers in arb_providers(), weights in arb_weights(), factor in 1u8..=10,
    ) {
        let d = build(&providers);
        let scaled: Vec<u8> = weights.iter().map(|w| w * factor).collect();
        let before = engine::rank(&d, &weights).unwrap();
        let after = engine::rank(&d, &scaled).unwrap();
        prop_assert_eq!(before, after);
    }

    #[test]
    fn raising_a_value_on_a_weighted_benefit_criterion_never_lowers_the_rank(
        providers in arb_providers(), weights in arb_weights(),
        pick in any::<prop::sample::Index>(), criterion in 0usize..3, raise in 1u8..=4,
    ) {
        prop_assume!(weights[criterion] > 0);
        let who = pick.index(providers.len());
        let before = build(&providers);
        let mut raised = providers.clone();
        let old = raised[who].2[criterion].unwrap_or(0.0);
        raised[who].2[criterion] = Some((old + f64::from(raise)).min(4.0));
        let after = build(&raised);
        let rank = |d: &Dataset| engine::rank(d, &weights).unwrap().entry_of(who).unwrap().rank;
        prop_assert!(rank(&after) <= rank(&before));
    }

    #[test]
    fn the_order_of_providers_in_the_file_does_not_matter(
        providers in arb_providers(), weights in arb_weights(), seed in any::<u64>(),
    ) {
        let mut shuffled = providers.clone();
        // A deterministic Fisher-Yates shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let (a, b) = (build(&providers), build(&shuffled));
        let ranked = |d: &Dataset| -> Vec<(String, u32, String)> {
            engine::rank(d, &weights).unwrap().entries.iter()
                .map(|e| (d.providers[e.provider].id.clone(), e.rank, format!("{:.9}", e.score)))
                .collect()
        };
        prop_assert_eq!(ranked(&a), ranked(&b));
        prop_assert_eq!(ids(&a, &weights).len(), providers.len());
    }

    #[test]
    fn scores_stay_between_0_and_100(providers in arb_providers(), weights in arb_weights()) {
        let d = build(&providers);
        for entry in engine::rank(&d, &weights).unwrap().entries {
            prop_assert!((0.0..=100.0).contains(&entry.score));
        }
    }
}

#[test]
fn topsis_counts_a_missing_value_as_the_worst_and_is_relative() {
    let providers = vec![
        ("p", "P", vec![Some(4.0), Some(1.0), Some(2.0), Some(10.0)]),
        ("q", "Q", vec![None, Some(3.0), Some(2.0), Some(50.0)]),
        ("r", "R", vec![Some(0.0), Some(2.0), Some(2.0), Some(100.0)]),
    ];
    let d = dataset(&file(CRITERIA, &providers));
    let weights = [10, 10, 10, 10];
    let scores = engine::topsis(&d, &weights, Missing::Worst).unwrap();
    assert!(scores.iter().all(|s| (0.0..=100.0).contains(s)));
    // q's missing value counts as the worst on that column, like r's 0.
    let missing_as_worst = {
        let mut worst = providers.clone();
        worst[1].2[0] = Some(0.0);
        engine::topsis(&dataset(&file(CRITERIA, &worst)), &weights, Missing::Worst).unwrap()
    };
    assert_eq!(scores, missing_as_worst);
    // Relative: hiding a provider changes the others' closeness (the weighted sum's does not).
    let two = engine::topsis(
        &dataset(&file(CRITERIA, &providers[..2])),
        &weights,
        Missing::Worst,
    )
    .unwrap();
    assert_ne!(two[..], scores[..2]);
    // One provider alone is as far from the ideal as from the anti-ideal.
    let one = engine::topsis(
        &dataset(&file(CRITERIA, &providers[..1])),
        &weights,
        Missing::Worst,
    )
    .unwrap();
    assert_eq!(one, [50.0]);
    assert_eq!(
        engine::topsis(&d, &[0, 0, 0, 0], Missing::Worst),
        Err(RankError::AllWeightsZero)
    );
}

#[test]
fn the_first_place_range_and_the_smallest_swap_on_a_hand_example() {
    use eurocloud_compare::engine::sensitivity::{
        first_place_ranges, neighbour_swaps, StableRange, Swap,
    };
    // Two criteria on 0..4: p is best on a, q on b.
    let criteria = &[("a", "benefit", 0.0, 4.0), ("b", "benefit", 0.0, 4.0)];
    let d = dataset(&file(
        criteria,
        &[
            ("p", "P", vec![Some(4.0), Some(0.0)]),
            ("q", "Q", vec![Some(0.0), Some(2.0)]),
        ],
    ));
    // Weights a=30, b=50: p = 100*30/80 = 37.5, q = 100*(50*0.5)/80 = 31.25; p first.
    // p stays first while 4*wa/4 >= 2*wb/4, i.e. wa >= wb/2: with wb=50, wa from 25 up;
    // with wa=30, wb up to 60.
    let ranges = first_place_ranges(Method::WeightedSum, Missing::Worst, &d, &[30, 50]).unwrap();
    assert_eq!(
        ranges,
        [
            StableRange {
                criterion: 0,
                low: 25,
                high: 100
            },
            StableRange {
                criterion: 1,
                low: 0,
                high: 60
            }
        ]
    );
    // q goes strictly above p when wa < wb/2: a down to 24 (6 away) or b up to 61 (11 away);
    // the smaller change wins.
    let swaps = neighbour_swaps(
        Method::WeightedSum,
        Missing::Worst,
        &d,
        &[30, 50],
        usize::MAX,
    )
    .unwrap();
    assert_eq!(
        swaps,
        [Some(Swap {
            upper: 0,
            lower: 1,
            criterion: 0,
            weight: 24
        })]
    );
}

proptest! {
    #[test]
    fn the_first_place_range_is_the_run_of_weights_where_the_leader_stays_first(
        providers in arb_providers(), weights in arb_weights(), method in arb_method(),
    ) {
        use eurocloud_compare::engine::sensitivity::first_place_ranges;
        let d = build(&providers);
        let leader = engine::rank_by(method, Missing::Worst, &d, &weights).unwrap().entries[0].provider;
        for range in first_place_ranges(method, Missing::Worst, &d, &weights).unwrap() {
            prop_assert!(range.low <= weights[range.criterion] && weights[range.criterion] <= range.high);
            let first = |w: u8| {
                let mut changed = weights.clone();
                changed[range.criterion] = w;
                engine::rank_by(method, Missing::Worst, &d, &changed)
                    .is_ok_and(|r| r.entry_of(leader).is_some_and(|e| e.rank == 1))
            };
            // The range is the run of weights around the current one that keep the leader
            // first: it holds inside, and fails just outside.
            for w in range.low..=range.high {
                prop_assert!(first(w), "criterion {} weight {}", range.criterion, w);
            }
            prop_assert!(range.low == 0 || !first(range.low - 1));
            prop_assert!(range.high == 100 || !first(range.high + 1));
            // Under the weighted sum a score difference changes sign at most once along one
            // weight, so the run is the whole set. (Under TOPSIS the leader can come back
            // further out.)
            if method == Method::WeightedSum {
                for w in 0..=100u8 {
                    prop_assert_eq!(first(w), (range.low..=range.high).contains(&w), "criterion {} weight {}", range.criterion, w);
                }
            }
        }
    }

    #[test]
    fn a_reported_swap_really_swaps_and_no_smaller_change_does(
        providers in arb_providers(), weights in arb_weights(), method in arb_method(),
    ) {
        use eurocloud_compare::engine::sensitivity::neighbour_swaps;
        let d = build(&providers);
        for swap in neighbour_swaps(method, Missing::Worst, &d, &weights, usize::MAX).unwrap().into_iter().flatten() {
            let above = |w: &[u8]| engine::rank_by(method, Missing::Worst, &d, w).is_ok_and(|r| {
                r.entry_of(swap.lower).unwrap().rank < r.entry_of(swap.upper).unwrap().rank
            });
            let mut changed = weights.clone();
            changed[swap.criterion] = swap.weight;
            prop_assert!(above(&changed));
            let distance = swap.weight.abs_diff(weights[swap.criterion]);
            for criterion in 0..weights.len() {
                for w in 0..=100u8 {
                    if w.abs_diff(weights[criterion]) < distance {
                        let mut other = weights.clone();
                        other[criterion] = w;
                        prop_assert!(!above(&other), "criterion {} weight {} swaps sooner", criterion, w);
                    }
                }
            }
        }
    }
}

#[test]
fn each_way_of_counting_missing_values_matches_a_hand_computation() {
    let d = dataset(&file(
        CRITERIA,
        &[("q", "Q", vec![Some(1.0), None, Some(3.0), Some(0.0)])],
    ));
    let weights = [15, 10, 0, 5];
    let score = |missing| engine::weighted_sum(&d, &weights, missing).unwrap()[0];
    // Known: 15*0.25 + 5*1 = 8.75 of 30; b (weight 10) is missing.
    assert!((score(Missing::Worst) - 100.0 * 8.75 / 30.0).abs() < 1e-9);
    assert!((score(Missing::Midpoint) - 100.0 * (8.75 + 5.0) / 30.0).abs() < 1e-9);
    assert!((score(Missing::Skip) - 100.0 * 8.75 / 20.0).abs() < 1e-9);
    let scores = engine::scores(Method::WeightedSum, Missing::Skip, &d, &weights).unwrap();
    let [b] = engine::bounds(Method::WeightedSum, Missing::Skip, &d, &weights, &scores)[..] else {
        panic!("one provider")
    };
    assert!((b.known - 20.0 / 30.0).abs() < 1e-12);
    let share = engine::known_share(Method::WeightedSum, &d, &weights, 0);
    assert_eq!(share, b.known, "the share alone, as the bounds give it");
    assert!((b.low - 100.0 * 8.75 / 30.0).abs() < 1e-9);
    assert!((b.high - 100.0 * 18.75 / 30.0).abs() < 1e-9);
}

#[test]
fn left_out_a_provider_with_nothing_known_scores_0_and_the_others_keep_their_places() {
    let d = dataset(&file(
        CRITERIA,
        &[
            ("p", "P", vec![Some(4.0), Some(4.0), Some(4.0), Some(0.0)]),
            ("q", "Q", vec![None, None, None, None]),
        ],
    ));
    for method in [Method::WeightedSum, Method::Topsis] {
        let scores = engine::scores(method, Missing::Skip, &d, &[10, 10, 10, 10]).unwrap();
        assert_eq!(scores[1], 0.0, "{method:?}");
        let bounds = engine::bounds(method, Missing::Skip, &d, &[10, 10, 10, 10], &scores);
        assert_eq!(bounds[1].known, 0.0);
        assert_eq!(bounds[0].known, 1.0);
        assert_eq!((bounds[0].low, bounds[0].high), (scores[0], scores[0]));
    }
}

fn arb_missing() -> impl Strategy<Value = Missing> {
    prop_oneof![
        Just(Missing::Worst),
        Just(Missing::Midpoint),
        Just(Missing::Skip)
    ]
}

proptest! {
    #[test]
    fn every_score_lies_in_its_range_and_a_fully_known_provider_has_none(
        providers in arb_providers(), weights in arb_weights(),
        method in arb_method(), missing in arb_missing(),
    ) {
        let d = build(&providers);
        let scores = engine::scores(method, missing, &d, &weights).unwrap();
        let bounds = engine::bounds(method, missing, &d, &weights, &scores);
        for (i, (b, s)) in bounds.iter().zip(&scores).enumerate() {
            prop_assert!(b.low <= *s && *s <= b.high, "{i}: {b:?} {s}");
            prop_assert!((0.0..=1.0).contains(&b.known));
            prop_assert!((0.0..=100.0).contains(&b.low) && (0.0..=100.0).contains(&b.high));
            let all_known = d.providers[i].values.iter().zip(&weights)
                .all(|(c, &w)| w == 0 || c.value.is_some());
            if all_known {
                prop_assert_eq!((b.known, b.low, b.high), (1.0, *s, *s));
            }
        }
    }

    #[test]
    fn whatever_a_missing_value_turns_out_to_be_the_score_stays_in_the_range(
        providers in arb_providers(), weights in arb_weights(), method in arb_method(),
        missing in arb_missing(), fills in prop::collection::vec(0u8..=4, 4),
        pick in any::<prop::sample::Index>(),
    ) {
        let who = pick.index(providers.len());
        prop_assume!(providers[who].2.iter().any(Option::is_none));
        let d = build(&providers);
        let scores = engine::scores(method, missing, &d, &weights).unwrap();
        let b = engine::bounds(method, missing, &d, &weights, &scores)[who];
        // The provider's missing values learnt: any level (a price in 0..=200).
        let mut known = providers.clone();
        for (j, value) in known[who].2.iter_mut().enumerate() {
            if value.is_none() {
                let level = f64::from(fills[j]);
                *value = Some(if j == 3 { level * 50.0 } else { level });
            }
        }
        let learnt = engine::scores(method, missing, &build(&known), &weights).unwrap()[who];
        prop_assert!(b.low - 1e-9 <= learnt && learnt <= b.high + 1e-9,
            "{learnt} outside {b:?}");
    }

    #[test]
    fn under_the_weighted_sum_the_range_is_exact(
        providers in arb_providers(), weights in arb_weights(),
        pick in any::<prop::sample::Index>(),
    ) {
        let who = pick.index(providers.len());
        let d = build(&providers);
        let scores = engine::scores(Method::WeightedSum, Missing::Worst, &d, &weights).unwrap();
        let b = engine::bounds(Method::WeightedSum, Missing::Worst, &d, &weights, &scores)[who];
        // Every missing value at the scale's best (a price's best is 0).
        let mut best = providers.clone();
        for (j, value) in best[who].2.iter_mut().enumerate() {
            if value.is_none() {
                *value = Some(if j == 3 { 0.0 } else { 4.0 });
            }
        }
        let high = engine::weighted_sum(&build(&best), &weights, Missing::Worst).unwrap()[who];
        prop_assert!((b.high - high).abs() < 1e-9, "{} vs {high}", b.high);
        prop_assert!((b.low - scores[who]).abs() < 1e-9);
    }
}

#[test]
fn a_provider_set_apart_only_for_missing_values_is_said_to_be() {
    use eurocloud_compare::data::Filters;
    use eurocloud_compare::engine::screen::{only_missing, reasons};
    use eurocloud_compare::i18n::I18n;
    let d = dataset(&file(
        CRITERIA,
        &[
            ("low", "Low", vec![Some(1.0), None, Some(4.0), Some(0.0)]),
            ("gap", "Gap", vec![Some(3.0), None, None, Some(0.0)]),
        ],
    ));
    let filters = Filters {
        gates: vec![2, 2, 0, 0],
        ..Filters::default()
    };
    let english = I18n::english();
    let why = |p: usize| reasons(&d, &filters, &d.providers[p]);
    // "low" is below one minimum and lacks the other value: not only missing values.
    assert!(!only_missing(&d.providers[0], &why(0)));
    assert!(!english.reasons(&d, 0, &why(0)).contains("only because"));
    // "gap" meets the first minimum and lacks the second value.
    assert!(only_missing(&d.providers[1], &why(1)));
    assert_eq!(
        english.reasons(&d, 1, &why(1)),
        "B has no sourced value, and level 2 is required (set apart only because values are \
         missing, not for a level found too low)"
    );
    assert!(!only_missing(&d.providers[1], &[]));
}
