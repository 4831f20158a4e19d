//! The shareable state: the URL fragment codec and the actions on `AppState`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::Dataset;
use eurocloud_compare::state::{decode, encode, Action, AppState, DatasetHandle, FragmentProblem};
use proptest::prelude::*;
use std::rc::Rc;
use yew::Reducible;

fn bundled() -> Dataset {
    support::dataset(&serde_json::from_str(support::bundled()).unwrap())
}

const DEFAULTS: [u8; 9] = [15, 10, 10, 15, 20, 15, 10, 5, 0];

#[test]
fn an_empty_fragment_gives_the_default_preset() {
    let d = bundled();
    for fragment in ["", "#", "#&"] {
        let decoded = decode(fragment, &d);
        assert_eq!(decoded.weights, DEFAULTS);
        assert_eq!(decoded.problems, vec![]);
    }
    assert_eq!(encode(&d, &DEFAULTS), "");
}

#[test]
fn criteria_left_out_keep_the_preset_weight() {
    let d = bundled();
    let decoded = decode("#w=sov-1:20,sov-8:0", &d);
    assert_eq!(decoded.weights, [20, 10, 10, 15, 20, 15, 10, 0, 0]);
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(encode(&d, &decoded.weights), "w=sov-1:20,sov-8:0");
}

#[test]
fn a_malformed_weight_list_falls_back_to_the_defaults_and_says_why() {
    let d = bundled();
    let cases: Vec<(&str, FragmentProblem)> = vec![
        (
            "#w=sov-1:20,sov-9:5",
            FragmentProblem::UnknownCriterion { id: "sov-9".into() },
        ),
        (
            "#w=sov-1:101",
            FragmentProblem::BadWeight {
                id: "sov-1".into(),
                weight: "101".into(),
            },
        ),
        (
            "#w=sov-1:-1",
            FragmentProblem::BadWeight {
                id: "sov-1".into(),
                weight: "-1".into(),
            },
        ),
        (
            "#w=sov-1:2.5",
            FragmentProblem::BadWeight {
                id: "sov-1".into(),
                weight: "2.5".into(),
            },
        ),
        (
            "#w=sov-1:",
            FragmentProblem::BadWeight {
                id: "sov-1".into(),
                weight: "".into(),
            },
        ),
        (
            "#w=sov-1",
            FragmentProblem::MalformedWeight {
                entry: "sov-1".into(),
            },
        ),
        (
            "#w=sov-1:5,sov-1:6",
            FragmentProblem::DuplicateCriterion { id: "sov-1".into() },
        ),
        (
            "#w=sov-1:%32%30",
            FragmentProblem::BadWeight {
                id: "sov-1".into(),
                weight: "%32%30".into(),
            },
        ),
    ];
    for (fragment, problem) in cases {
        let decoded = decode(fragment, &d);
        assert_eq!(decoded.weights, DEFAULTS, "{fragment}");
        assert_eq!(decoded.problems, vec![problem], "{fragment}");
    }
}

#[test]
fn unknown_settings_are_reported_but_do_not_void_the_weights() {
    let d = bundled();
    let decoded = decode("#m=topsis&w=sov-2:40&junk&w=sov-3:1", &d);
    assert_eq!(decoded.weights, [15, 40, 10, 15, 20, 15, 10, 5, 0]);
    assert_eq!(
        decoded.problems,
        vec![
            FragmentProblem::UnknownKey { key: "m".into() },
            FragmentProblem::MalformedPart {
                part: "junk".into()
            },
            FragmentProblem::DuplicateKey { key: "w".into() },
        ]
    );
}

#[test]
fn actions_change_the_weights_and_the_ranking_together() {
    let handle = DatasetHandle::new(bundled());
    let state = Rc::new(AppState::from_fragment(handle.clone(), ""));
    assert_eq!(state.active_preset(), Some(handle.default_preset));
    let first = |s: &AppState| s.ranking.as_ref().unwrap().entries[0].provider;

    let moved = state.clone().reduce(Action::SetWeight {
        criterion: 0,
        weight: 100,
    });
    assert_eq!(moved.weights[0], 100);
    assert_eq!(moved.active_preset(), None);
    assert_eq!(moved.fragment(), "w=sov-1:100");
    assert_ne!(moved.ranking, state.ranking);

    let same = moved.clone().reduce(Action::SetWeight {
        criterion: 0,
        weight: 100,
    });
    assert!(Rc::ptr_eq(&same, &moved), "no change, no new state");

    let equal = handle.presets.iter().position(|p| p.id == "equal").unwrap();
    let preset = moved.clone().reduce(Action::ApplyPreset(equal));
    assert_eq!(preset.active_preset(), Some(equal));

    let zero = (0..9).fold(preset.clone(), |s, c| {
        s.reduce(Action::SetWeight {
            criterion: c,
            weight: 0,
        })
    });
    assert!(zero.ranking.is_err());

    let reset = zero.reduce(Action::Reset);
    assert_eq!(&reset.weights[..], DEFAULTS);
    assert_eq!(first(&reset), first(&state));

    let linked = reset.reduce(Action::ApplyFragment("#w=sov-9:1".into()));
    assert_eq!(linked.fragment_problems.len(), 1);
    let opened = linked.clone().reduce(Action::ShowProvider(Some(0)));
    assert_eq!(
        opened.fragment_problems.len(),
        1,
        "opening details keeps the notice"
    );
    assert_eq!(opened.selected, Some(0));
    let moved = opened.reduce(Action::SetWeight {
        criterion: 2,
        weight: 40,
    });
    assert!(
        moved.fragment_problems.is_empty(),
        "new weights rewrite the fragment"
    );
    assert_eq!(moved.selected, Some(0), "the open details stay open");
    let closed = moved.reduce(Action::ShowProvider(None));
    assert_eq!(closed.selected, None);
    let out_of_range = closed.clone().reduce(Action::ShowProvider(Some(999)));
    assert!(
        Rc::ptr_eq(&out_of_range, &closed),
        "an unknown provider opens nothing"
    );
}

proptest! {
    #[test]
    fn any_weights_round_trip_through_the_fragment(weights in prop::collection::vec(0u8..=100, 9)) {
        let d = bundled();
        let fragment = encode(&d, &weights);
        let decoded = decode(&format!("#{fragment}"), &d);
        prop_assert_eq!(decoded.problems, vec![]);
        prop_assert_eq!(decoded.weights, weights);
    }

    #[test]
    fn no_fragment_makes_decoding_panic(fragment in ".{0,60}") {
        let d = bundled();
        let decoded = decode(&fragment, &d);
        prop_assert_eq!(decoded.weights.len(), 9);
        prop_assert!(decoded.weights.iter().all(|&w| w <= 100));
    }
}
