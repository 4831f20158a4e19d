//! The shareable state: the URL fragment codec and the actions on `AppState`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::{Dataset, Filters, Flag, Requirement, Scheme};
use eurocloud_compare::engine::screen::Exclusion;
use eurocloud_compare::engine::{Method, Missing};
use eurocloud_compare::state::{
    decode, decode_settings, encode, no_filters, Action, AppState, DatasetHandle, Decoded,
    FragmentProblem, Settings,
};
use proptest::prelude::*;
use std::rc::Rc;
use yew::Reducible;

fn bundled() -> Dataset {
    support::dataset(&serde_json::from_str(support::bundled()).unwrap())
}

/// The fragment the widget writes for what it decoded.
fn written_back(d: &Dataset, decoded: &Decoded) -> String {
    let Decoded {
        weights,
        method,
        missing,
        filters,
        compared,
        shown,
        ..
    } = decoded;
    encode(d, weights, (*method, *missing), filters, compared, *shown)
}

const DEFAULTS: [u8; 11] = [15, 10, 10, 15, 20, 15, 10, 5, 0, 0, 0];

#[test]
fn an_empty_fragment_gives_the_default_preset() {
    let d = bundled();
    for fragment in ["", "#", "#&"] {
        let decoded = decode(fragment, &d);
        assert_eq!(decoded.weights, DEFAULTS);
        assert_eq!(decoded.problems, vec![]);
    }
    assert_eq!(
        encode(
            &d,
            &DEFAULTS,
            (Method::WeightedSum, Missing::Worst),
            &no_filters(&d),
            &[],
            None
        ),
        ""
    );
}

#[test]
fn criteria_left_out_keep_the_preset_weight() {
    let d = bundled();
    let decoded = decode("#w=sov-1:20,sov-8:0", &d);
    assert_eq!(decoded.weights, [20, 10, 10, 15, 20, 15, 10, 0, 0, 0, 0]);
    assert_eq!(decoded.problems, vec![]);
    let fragment = written_back(&d, &decoded);
    assert_eq!(fragment, "w=sov-1:20,sov-8:0");
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
    let decoded = decode("#x=1&w=sov-2:40&junk&w=sov-3:1", &d);
    assert_eq!(decoded.weights, [15, 40, 10, 15, 20, 15, 10, 5, 0, 0, 0]);
    assert_eq!(
        decoded.problems,
        vec![
            FragmentProblem::UnknownKey { key: "x".into() },
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

    let zero = (0..handle.criteria.len()).fold(preset.clone(), |s, c| {
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

#[test]
fn the_method_gates_and_filters_are_read_from_the_fragment() {
    let d = bundled();
    let decoded = decode(
        "#m=topsis&w=sov-1:20&g=sov-5:2,sov-2:1&c=secnumcloud:qualified,acn&f=eu-hq,no-ref",
        &d,
    );
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.method, Method::Topsis);
    assert_eq!(decoded.filters.gates, [0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        decoded.filters.required,
        [
            Requirement {
                scheme: Scheme::SecNumCloud,
                status: Some("qualified")
            },
            Requirement {
                scheme: Scheme::Acn,
                status: None
            }
        ]
    );
    assert!(decoded.filters.eu_headquarters && decoded.filters.hide_references);
    assert!(!decoded.filters.eu_parent);
    // Written back in a fixed order, method first.
    let fragment = written_back(&d, &decoded);
    assert_eq!(
        fragment,
        "m=topsis&w=sov-1:20&g=sov-2:1,sov-5:2&c=secnumcloud:qualified,acn&f=eu-hq,no-ref"
    );
}

#[test]
fn how_missing_values_count_is_in_the_link_and_a_bad_value_is_reported() {
    let d = bundled();
    for (text, missing) in [
        ("", Missing::Worst),
        ("mv=worst", Missing::Worst),
        ("mv=midpoint", Missing::Midpoint),
        ("mv=skip", Missing::Skip),
    ] {
        let decoded = decode(text, &d);
        assert_eq!(
            (decoded.missing, decoded.problems),
            (missing, vec![]),
            "{text}"
        );
    }
    let decoded = decode("#mv=zero&m=topsis", &d);
    assert_eq!(decoded.missing, Missing::Worst);
    assert_eq!(decoded.method, Method::Topsis);
    assert_eq!(
        decoded.problems,
        vec![FragmentProblem::UnknownMissing {
            missing: "zero".into()
        }]
    );
    // The default is left out; the others are written after the method.
    let rule = (Method::Topsis, Missing::Skip);
    assert_eq!(
        encode(&d, &DEFAULTS, rule, &no_filters(&d), &[], None),
        "m=topsis&mv=skip"
    );
    let state = eurocloud_compare::state::AppState::from_fragment(
        eurocloud_compare::state::DatasetHandle::new(d.clone()),
        "mv=midpoint",
    );
    assert_eq!(state.missing, Missing::Midpoint);
    assert_eq!(state.fragment(), "mv=midpoint");
    let state =
        std::rc::Rc::new(state).reduce(eurocloud_compare::state::Action::SetMissing(Missing::Skip));
    assert_eq!(state.fragment(), "mv=skip");
    let ranking = state.ranking.as_ref().unwrap();
    assert_eq!(state.bounds.len(), ranking.entries.len());
}

#[test]
fn bad_method_gates_and_filters_are_reported_and_left_out() {
    let d = bundled();
    let decoded = decode(
        "#m=borda&g=sov-5:9,sov-99:1,sov-1:2&c=bsi-c5:type-3,iso-27001,iso-27001&f=eu-hq,cheap",
        &d,
    );
    assert_eq!(decoded.method, Method::WeightedSum);
    assert_eq!(decoded.filters.gates[0], 2, "the good gate is kept");
    assert_eq!(decoded.filters.gate(4), 0);
    assert_eq!(decoded.filters.required.len(), 1);
    assert!(decoded.filters.eu_headquarters);
    assert_eq!(
        decoded.problems,
        vec![
            FragmentProblem::UnknownMethod {
                method: "borda".into()
            },
            FragmentProblem::BadGate {
                entry: "sov-5:9".into()
            },
            FragmentProblem::BadGate {
                entry: "sov-99:1".into()
            },
            FragmentProblem::BadCertification {
                entry: "bsi-c5:type-3".into()
            },
            FragmentProblem::BadCertification {
                entry: "iso-27001".into()
            },
            FragmentProblem::UnknownFilter {
                filter: "cheap".into()
            },
        ]
    );
    assert_eq!(
        decoded.weights, DEFAULTS,
        "weights are not voided by other keys"
    );
}

#[test]
fn filters_set_providers_apart_with_every_reason_and_rank_the_rest() {
    let handle = DatasetHandle::new(bundled());
    let state = Rc::new(AppState::from_fragment(handle.clone(), ""));
    assert!(state.excluded.is_empty());
    assert_eq!(state.members.len(), handle.providers.len());
    let index = |id: &str| handle.providers.iter().position(|p| p.id == id).unwrap();

    let hidden = state.clone().reduce(Action::SetFlag {
        flag: Flag::HideReferences,
        on: true,
    });
    let references = handle.providers.iter().filter(|p| p.reference).count();
    assert_eq!(hidden.excluded.len(), references);
    assert!(hidden
        .excluded
        .iter()
        .all(|(_, reasons)| reasons == &[Exclusion::Reference]));
    let ranked = hidden.ranking.as_ref().unwrap();
    assert_eq!(ranked.entries.len(), handle.providers.len() - references);
    assert!(ranked
        .entries
        .iter()
        .all(|e| !handle.providers[e.provider].reference));
    assert_eq!(hidden.fragment(), "f=no-ref");
    // The weighted sum scores each provider alone: hiding others changes no score.
    for entry in &ranked.entries {
        let before = state
            .ranking
            .as_ref()
            .unwrap()
            .entry_of(entry.provider)
            .unwrap();
        assert_eq!(before.score, entry.score);
    }

    // A gate: SOV-5 at least 2; a provider below it says where it stands.
    let gated = hidden.clone().reduce(Action::SetGate {
        criterion: 4,
        minimum: 2,
    });
    for (provider, reasons) in gated.excluded.iter() {
        let value = handle.providers[*provider].values[4].value;
        let below = value.is_none_or(|v| v < 2.0);
        assert_eq!(
            reasons.contains(&Exclusion::BelowGate {
                criterion: 4,
                minimum: 2
            }),
            below,
            "{}",
            handle.providers[*provider].id
        );
    }
    assert!(gated
        .ranking
        .as_ref()
        .unwrap()
        .entries
        .iter()
        .all(|e| handle.providers[e.provider].values[4]
            .value
            .is_some_and(|v| v >= 2.0)));

    // Requiring a qualified SecNumCloud offer keeps exactly the qualified providers.
    let qualified = state.clone().reduce(Action::SetRequirement {
        scheme: Scheme::SecNumCloud,
        requirement: Some(Requirement {
            scheme: Scheme::SecNumCloud,
            status: Some("qualified"),
        }),
    });
    let kept: Vec<&str> = qualified
        .members
        .iter()
        .map(|&i| handle.providers[i].id.as_str())
        .collect();
    assert!(kept.contains(&"ovhcloud") && kept.contains(&"s3ns"));
    assert!(!kept.contains(&"scaleway"), "in progress is not qualified");
    assert!(qualified.members.contains(&index("3ds-outscale")));

    // Every filter cleared: back to everyone.
    let cleared = gated.reduce(Action::ClearFilters);
    assert!(cleared.excluded.is_empty());
    assert_eq!(cleared.fragment(), "");
}

#[test]
fn a_profile_sets_its_filters_and_is_shown_as_active() {
    let handle = DatasetHandle::new(bundled());
    let state = Rc::new(AppState::from_fragment(handle.clone(), ""));
    assert_eq!(state.active_profile(), None);
    let france = handle
        .profiles
        .iter()
        .position(|p| p.id == "fr-secnumcloud")
        .unwrap();
    let applied = state.reduce(Action::ApplyProfile(france));
    assert_eq!(applied.active_profile(), Some(france));
    assert_eq!(*applied.filters, handle.profiles[france].filters);
    assert_eq!(applied.fragment(), "c=secnumcloud:qualified");
    // The same filters from a link also show the profile as active.
    let linked = AppState::from_fragment(handle.clone(), "#c=secnumcloud:qualified");
    assert_eq!(linked.active_profile(), Some(france));
}

#[test]
fn topsis_scores_change_when_providers_are_set_apart_and_the_framework_ignores_other_criteria() {
    let handle = DatasetHandle::new(bundled());
    let topsis = Rc::new(AppState::from_fragment(
        handle.clone(),
        "#m=topsis&w=eu-regions:50",
    ));
    assert_eq!(topsis.method, Method::Topsis);
    let hidden = topsis.clone().reduce(Action::SetFlag {
        flag: Flag::HideReferences,
        on: true,
    });
    let changed = hidden.ranking.as_ref().unwrap().entries.iter().any(|e| {
        topsis
            .ranking
            .as_ref()
            .unwrap()
            .entry_of(e.provider)
            .unwrap()
            .score
            != e.score
    });
    assert!(changed, "TOPSIS is relative to the providers compared");

    // The framework method counts only the SEAL objectives: the regions weight is ignored.
    let framework = AppState::from_fragment(handle.clone(), "#m=framework&w=eu-regions:100");
    let plain = AppState::from_fragment(handle.clone(), "#m=framework");
    assert_eq!(framework.ranking, plain.ranking);
    let weighted = AppState::from_fragment(handle.clone(), "#w=eu-regions:100");
    assert_ne!(weighted.ranking, plain.ranking);
}

#[test]
fn two_to_four_providers_are_compared_and_kept_in_the_link() {
    let handle = DatasetHandle::new(bundled());
    let state = Rc::new(AppState::from_fragment(handle.clone(), "#p=ionos"));
    let ionos = handle
        .providers
        .iter()
        .position(|p| p.id == "ionos")
        .unwrap();
    assert_eq!(state.selected, Some(ionos));
    let mut picked = state.clone();
    for provider in 0..5 {
        picked = picked.reduce(Action::Compare { provider, on: true });
    }
    assert_eq!(&picked.compared[..], [0, 1, 2, 3], "a fifth is refused");
    let ids: Vec<&str> = (0..4).map(|i| handle.providers[i].id.as_str()).collect();
    assert_eq!(picked.fragment(), format!("s={}&p=ionos", ids.join(",")));
    let fewer = picked.clone().reduce(Action::Compare {
        provider: 1,
        on: false,
    });
    assert_eq!(&fewer.compared[..], [0, 2, 3]);
    let moved = fewer.reduce(Action::SetWeight {
        criterion: 0,
        weight: 1,
    });
    assert_eq!(
        &moved.compared[..],
        [0, 2, 3],
        "weights keep the comparison"
    );
    assert_eq!(moved.selected, Some(ionos));
    let cleared = moved.reduce(Action::ClearCompared);
    assert!(cleared.compared.is_empty());

    let decoded = decode("#s=ionos,nowhere,ionos&p=gone", &handle);
    assert_eq!(decoded.compared, [ionos]);
    assert_eq!(decoded.shown, None);
    assert_eq!(
        decoded.problems,
        vec![
            FragmentProblem::UnknownProvider {
                id: "nowhere".into()
            },
            FragmentProblem::UnknownProvider { id: "gone".into() },
        ]
    );
    let all: Vec<&str> = handle.providers.iter().map(|p| p.id.as_str()).collect();
    let decoded = decode(&format!("#s={}", all[..6].join(",")), &handle);
    assert_eq!(decoded.compared, [0, 1, 2, 3]);
    assert_eq!(
        decoded.problems,
        vec![FragmentProblem::TooManyCompared { count: 6 }]
    );
}

#[test]
fn the_requirements_fragment_keeps_the_requirements_and_nothing_else() {
    let handle = DatasetHandle::new(bundled());
    let state = AppState::from_fragment(
        handle.clone(),
        "#m=topsis&w=sov-1:40&g=sov-5:2&f=eu-hq&p=ionos",
    );
    assert_eq!(state.requirements_fragment(), "g=sov-5:2&f=eu-hq");
    let back = AppState::from_fragment(handle, &state.requirements_fragment());
    assert_eq!(back.filters, state.filters);
}

#[test]
fn rank_order_weights_replace_all_weights_at_once() {
    let handle = DatasetHandle::new(bundled());
    let state = Rc::new(AppState::from_fragment(handle.clone(), ""));
    let weights: Rc<[u8]> =
        eurocloud_compare::engine::elicit::rank_order_centroid(&[4, 0, 3], 11).into();
    let set = state.clone().reduce(Action::SetWeights(weights.clone()));
    assert_eq!(set.weights, weights);
    assert_eq!(&set.weights[..], [28, 0, 0, 11, 61, 0, 0, 0, 0, 0, 0]);
    let wrong = state.clone().reduce(Action::SetWeights(vec![1, 2].into()));
    assert!(
        Rc::ptr_eq(&wrong, &state),
        "a weight list of the wrong length is refused"
    );
}

proptest! {
    #[test]
    fn any_weights_round_trip_through_the_fragment(weights in prop::collection::vec(0u8..=100, 11)) {
        let d = bundled();
        let fragment = encode(&d, &weights, (Method::WeightedSum, Missing::Worst), &no_filters(&d), &[], None);
        let decoded = decode(&format!("#{fragment}"), &d);
        prop_assert_eq!(decoded.problems, vec![]);
        prop_assert_eq!(decoded.weights, weights);
    }

    #[test]
    fn any_method_gates_and_filters_round_trip_through_the_fragment(
        weights in prop::collection::vec(0u8..=100, 11),
        method in 0usize..3,
        missing in 0usize..3,
        gates in prop::collection::vec(0u8..=4, 11),
        schemes in prop::collection::vec((any::<bool>(), 0usize..5), 9),
        flags in prop::collection::vec(any::<bool>(), 3),
        picks in prop::collection::vec(0usize..1000, 0..=4),
        shown in prop::option::of(0usize..1000),
    ) {
        let d = bundled();
        let n = d.providers.len();
        let mut compared: Vec<usize> = Vec::new();
        for p in picks.into_iter().map(|p| p % n) {
            if !compared.contains(&p) {
                compared.push(p);
            }
        }
        let shown = shown.map(|p| p % n);
        let mut filters = Filters { gates, ..Filters::default() };
        // Gates apply to the SEAL objectives only, not to the practical criteria.
        filters.gates[8..].fill(0);
        for (scheme, (on, status)) in Scheme::ALL.into_iter().zip(schemes) {
            let statuses = scheme.statuses();
            if on {
                let status = (!statuses.is_empty() && status > 0)
                    .then(|| statuses[(status - 1) % statuses.len()]);
                filters.required.push(Requirement { scheme, status });
            }
        }
        for (flag, on) in Flag::ALL.into_iter().zip(flags) {
            *filters.flag_mut(flag) = on;
        }
        let (method, missing) = (Method::ALL[method], Missing::ALL[missing]);
        let fragment = encode(&d, &weights, (method, missing), &filters, &compared, shown);
        let decoded = decode(&format!("#{fragment}"), &d);
        prop_assert_eq!(decoded.problems, vec![]);
        prop_assert_eq!(decoded.weights, weights);
        prop_assert_eq!(decoded.method, method);
        prop_assert_eq!(decoded.missing, missing);
        prop_assert_eq!(decoded.filters, filters);
        prop_assert_eq!(decoded.compared, compared);
        prop_assert_eq!(decoded.shown, shown);
    }

    #[test]
    fn no_fragment_makes_decoding_panic(fragment in ".{0,60}") {
        let d = bundled();
        let decoded = decode(&fragment, &d);
        prop_assert_eq!(decoded.weights.len(), 11);
        prop_assert!(decoded.weights.iter().all(|&w| w <= 100));
    }
}

#[test]
fn gates_only_apply_to_the_framework_objectives_at_their_levels() {
    let d = bundled();
    for fragment in ["#g=eu-regions:6", "#g=sov-1:7"] {
        let decoded = decode(fragment, &d);
        assert!(decoded.filters.gates.iter().all(|&g| g == 0), "{fragment}");
        assert_eq!(decoded.problems.len(), 1, "{fragment}");
    }
}

#[test]
fn a_step_moves_one_weight_by_five_within_0_and_100() {
    let handle = DatasetHandle::new(bundled());
    let state = Rc::new(AppState::from_fragment(handle, "#w=sov-1:98,sov-2:3"));
    let up = state.clone().reduce(Action::StepWeight {
        criterion: 0,
        up: true,
    });
    assert_eq!(up.weights[0], 100, "stops at 100");
    let down = up.reduce(Action::StepWeight {
        criterion: 1,
        up: false,
    });
    assert_eq!(down.weights[1], 0, "stops at 0");
    let again = down.clone().reduce(Action::StepWeight {
        criterion: 1,
        up: false,
    });
    assert!(Rc::ptr_eq(&again, &down), "no change, no new state");
    let plain = Rc::new(AppState::from_fragment(down.dataset.clone(), ""));
    let stepped = plain.reduce(Action::StepWeight {
        criterion: 2,
        up: true,
    });
    assert_eq!(stepped.weights[2], 10 + eurocloud_compare::state::STEP);
}

#[test]
fn what_the_visitor_arranged_outlives_every_other_change() {
    use eurocloud_compare::state::Disclosure;
    let state = Rc::new(AppState::from_fragment(DatasetHandle::new(bundled()), ""));
    // The criteria start by weight, heaviest first, equal weights in the file's order.
    assert_eq!(
        &state.arranged.order[..],
        &[4, 0, 3, 5, 1, 2, 6, 7, 8, 9, 10]
    );
    assert!(
        !state.arranged.open.requirements,
        "no requirement in the link"
    );
    let arranged = state
        .reduce(Action::MoveCriterion { place: 1, up: true })
        .reduce(Action::Disclose {
            which: Disclosure::Analysis,
            open: true,
        })
        .reduce(Action::SetUncertainty(35))
        .reduce(Action::SetPair {
            second: true,
            place: 4,
        });
    assert_eq!(&arranged.arranged.order[..2], &[0, 4]);
    assert!(arranged.arranged.open.get(Disclosure::Analysis));
    assert_eq!(
        (arranged.arranged.uncertainty, arranged.arranged.pair),
        (35, (0, 4))
    );
    let after = arranged
        .clone()
        .reduce(Action::SetWeight {
            criterion: 0,
            weight: 100,
        })
        .reduce(Action::SetFlag {
            flag: Flag::EuParent,
            on: true,
        })
        .reduce(Action::ApplyFragment("w=sov-2:90".into()));
    assert_eq!(after.arranged, arranged.arranged);
    // Moving past either end, or a disclosure already so, changes nothing.
    let top = arranged
        .clone()
        .reduce(Action::MoveCriterion { place: 0, up: true });
    assert!(Rc::ptr_eq(&top, &arranged));
    let open = arranged.clone().reduce(Action::Disclose {
        which: Disclosure::Analysis,
        open: true,
    });
    assert!(Rc::ptr_eq(&open, &arranged));
}

#[test]
fn a_link_with_requirements_opens_their_panel() {
    let state = AppState::from_fragment(DatasetHandle::new(bundled()), "#f=eu-parent");
    assert!(state.filters.eu_parent);
    assert!(state.arranged.open.requirements);
}

const EQUAL: [u8; 11] = [10; 11];

#[test]
fn an_element_s_preset_is_the_base_its_weights_change() {
    let d = bundled();
    let decoded = decode_settings(Some("equal"), "&w=sov-1:40&m=topsis", &d);
    assert_eq!(
        decoded.weights,
        [40, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]
    );
    assert_eq!(decoded.method, Method::Topsis);
    assert_eq!(decoded.problems, vec![]);
    // Without a preset, the default preset's weights are the base, as in a link.
    let decoded = decode_settings(None, "w=sov-1:40", &d);
    assert_eq!(decoded, decode("w=sov-1:40", &d));
    // The state written back is relative to the default preset: a link to the same ranking.
    let fragment = written_back(&d, &decode_settings(Some("equal"), "", &d));
    assert_eq!(decode(&fragment, &d).weights, EQUAL);
}

#[test]
fn an_unknown_preset_or_bad_weights_attribute_is_reported_and_a_base_shown() {
    let d = bundled();
    let decoded = decode_settings(Some("cheapest"), "w=sov-1:40", &d);
    assert_eq!(
        decoded.problems,
        vec![FragmentProblem::UnknownPreset {
            id: "cheapest".into()
        }]
    );
    assert_eq!(decoded.weights, [40, 10, 10, 15, 20, 15, 10, 5, 0, 0, 0]);
    // A weights list that cannot be used leaves the preset's weights, not the default's.
    let decoded = decode_settings(Some("equal"), "w=sov-1:400", &d);
    assert!(decoded.problems.iter().all(FragmentProblem::voids_weights));
    assert_eq!(decoded.weights, EQUAL);
    // An `&` inside a value (escaped by the element) stays in it and is reported there.
    let decoded = decode_settings(None, "w=sov-1:4%26p=x", &d);
    assert_eq!(decoded.shown, None);
    assert_eq!(
        decoded.problems,
        vec![FragmentProblem::BadWeight {
            id: "sov-1".into(),
            weight: "4%26p=x".into()
        }]
    );
}

#[test]
fn configuring_replaces_the_state_keeps_what_was_arranged_and_reports_the_embedding_s_problems() {
    let d = DatasetHandle::new(bundled());
    let settings = |preset: &str, fragment: &str| Settings {
        preset: Some(preset.into()),
        fragment: fragment.into(),
        problems: vec![FragmentProblem::UnknownLanguage { lang: "xx".into() }],
    };
    let state = Rc::new(AppState::configured(d.clone(), &settings("equal", "")));
    assert_eq!(*state.weights, EQUAL);
    assert_eq!(
        state.fragment_problems.to_vec(),
        vec![FragmentProblem::UnknownLanguage { lang: "xx".into() }]
    );
    let state = state.reduce(Action::MoveCriterion {
        place: 0,
        up: false,
    });
    let arranged = state.arranged.clone();
    let state = state.reduce(Action::Configure(settings(
        "jurisdiction-first",
        "m=framework",
    )));
    assert_eq!(*state.weights, [20, 30, 30, 0, 0, 0, 20, 0, 0, 0, 0]);
    assert_eq!(state.method, Method::Framework);
    assert_eq!(state.arranged, arranged);
}
