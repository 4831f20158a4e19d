//! The codec between the report module's markup and the widget (`protocol`): every act
//! reads back as it was written, every act the report module writes is one the widget
//! reads and turns into a state action, and every element id is distinct.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::{Dataset, Flag, Scheme};
use eurocloud_compare::i18n::I18n;
use eurocloud_compare::protocol::{Act, ElementId, UnknownAct};
use eurocloud_compare::report::{Report, Request, Stamp};
use eurocloud_compare::state::{Action, DatasetHandle};
use proptest::prelude::*;

fn bundled() -> Dataset {
    support::dataset(&serde_json::from_str(support::bundled()).unwrap())
}

fn any_act() -> impl Strategy<Value = Act> {
    let scheme = (0..Scheme::ALL.len()).prop_map(|i| Scheme::ALL[i]);
    let flag = (0..Flag::ALL.len()).prop_map(|i| Flag::ALL[i]);
    prop_oneof![
        Just(Act::Profile),
        any::<usize>().prop_map(Act::Gate),
        scheme.prop_map(Act::Certification),
        flag.prop_map(Act::Flag),
        Just(Act::ClearFilters),
        (any::<usize>(), any::<bool>()).prop_map(|(place, up)| Act::Move { place, up }),
        prop::collection::vec(any::<u8>(), 1..30).prop_map(Act::ApplyOrder),
        Just(Act::Uncertainty),
        any::<bool>().prop_map(|second| Act::Pair { second }),
        Just(Act::CloseDetails),
        any::<usize>().prop_map(Act::Uncompare),
        Just(Act::ClearCompared),
    ]
}

proptest! {
    #[test]
    fn every_act_reads_back_as_it_was_written(act in any_act()) {
        let text = act.to_string();
        prop_assert_eq!(text.parse::<Act>(), Ok(act));
    }

    #[test]
    fn text_that_is_no_act_is_refused_never_misread(text in "[a-z:,0-9-]{0,24}") {
        // Whatever parses writes back to the same text: no two texts mean one act.
        if let Ok(act) = text.parse::<Act>() {
            prop_assert_eq!(act.to_string(), text);
        }
    }
}

#[test]
fn unknown_and_malformed_acts_are_refused() {
    for text in [
        "",
        "weight:3",
        "gate",
        "gate:x",
        "cert:iso-9001",
        "up:-1",
        "apply-order:",
        "apply-order:1,,2",
        "close:3",
        "profile:1",
    ] {
        assert_eq!(
            text.parse::<Act>(),
            Err(UnknownAct(text.to_owned())),
            "{text}"
        );
    }
}

#[test]
fn acts_complete_with_the_controls_value() {
    assert_eq!(
        Act::Gate(2).action("3"),
        Some(Action::SetGate {
            criterion: 2,
            minimum: 3
        })
    );
    assert_eq!(Act::Profile.action("custom"), None);
    assert_eq!(Act::Uncertainty.action("300"), None);
    assert_eq!(
        Act::Uncertainty.action("200"),
        Some(Action::SetUncertainty(100))
    );
    assert_eq!(
        Act::Flag(Flag::EuParent).action("true"),
        Some(Action::SetFlag {
            flag: Flag::EuParent,
            on: true
        })
    );
    assert_eq!(Act::Certification(Scheme::BsiC5).action("type-3"), None);
    assert!(matches!(
        Act::Certification(Scheme::BsiC5).action("none"),
        Some(Action::SetRequirement {
            requirement: None,
            ..
        })
    ));
}

/// Every `data-act` in a text of markup.
fn acts_in(markup: &str) -> Vec<String> {
    markup
        .split("data-act=\"")
        .skip(1)
        .map(|rest| {
            rest.split('"')
                .next()
                .unwrap_or_default()
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn every_act_the_report_module_writes_is_one_the_widget_reads() {
    let dataset = DatasetHandle::new(bundled());
    let report = Report::new(I18n::english(), dataset.clone(), "ecc");
    let stamp = Stamp {
        today: "2026-12-01",
        page: Some("https://example.org/"),
    };
    let order: Vec<usize> = (0..dataset.criteria.len()).collect();
    let views = [
        ("", Request::Requirements),
        ("", Request::Order(order)),
        (
            "",
            Request::Analysis {
                uncertainty: 20,
                pair: (0, 1),
            },
        ),
        ("p=ovhcloud", Request::Detail),
        ("s=ovhcloud,scaleway,ionos", Request::Compare),
    ];
    let mut seen = 0;
    for (fragment, request) in views {
        let markup = report.answer(fragment, request.clone(), &stamp);
        let acts = acts_in(&markup);
        assert!(!acts.is_empty(), "{request:?} draws no control");
        for act in acts {
            let read: Act = act
                .parse()
                .unwrap_or_else(|e| panic!("{request:?} writes {e:?}"));
            assert_eq!(read.to_string(), act);
            seen += 1;
        }
    }
    assert!(seen > 30, "only {seen} controls");
}

#[test]
fn element_ids_are_distinct() {
    let all = [
        ElementId::WeightsHeading,
        ElementId::Weight("sov-1"),
        ElementId::WeightDescription("sov-1"),
        ElementId::WeightValue("sov-1"),
        ElementId::Step {
            criterion: "sov-1",
            up: true,
        },
        ElementId::Step {
            criterion: "sov-1",
            up: false,
        },
        ElementId::Preset,
        ElementId::Reset,
        ElementId::Method,
        ElementId::Open("ovhcloud"),
        ElementId::Pick("ovhcloud"),
        ElementId::CompareFull,
        ElementId::Detail,
        ElementId::Close,
        ElementId::Uncompare("ovhcloud"),
        ElementId::ClearCompare,
        ElementId::Profile,
        ElementId::Gate("sov-1"),
        ElementId::Certification(Scheme::BsiC5),
        ElementId::Flag(Flag::EuParent),
        ElementId::ClearFilters,
        ElementId::Move {
            criterion: "sov-1",
            up: true,
        },
        ElementId::Move {
            criterion: "sov-1",
            up: false,
        },
        ElementId::ApplyOrder,
        ElementId::Uncertainty,
        ElementId::Pair { second: false },
        ElementId::Pair { second: true },
        ElementId::ShareHeading,
        ElementId::Import,
        ElementId::Link,
        ElementId::Retry,
        ElementId::RetryView("detail"),
    ];
    let ids: std::collections::BTreeSet<String> = all.iter().map(|e| e.at("ecc")).collect();
    assert_eq!(ids.len(), all.len());
    assert!(ids.iter().all(|id| id.starts_with("ecc-")));
}
