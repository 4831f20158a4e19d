//! What markup written by the report module says to the widget, and the ids of the
//! elements both modules name: one codec, shared by both wasm modules.
//!
//! The report module draws some panels as markup (the requirements, the ordering, the
//! analysis, a provider in full, side by side); their controls carry an `Act` in
//! `data-act`, written with `Display` and read back with `FromStr`. The widget's
//! `ReportView` reads the act of the control a visitor used, completes it with the
//! control's value and turns it into a state `Action` (`Act::action`), in one match.
//! Every element id either module writes comes from `ElementId`, so that a focus move or
//! an `aria-controls` cannot name an element nobody draws.

use crate::data::{Flag, Requirement, Scheme};
use crate::state::Action;
use std::fmt;
use std::rc::Rc;
use std::str::FromStr;

/// What a control drawn by the report module asks for. A select's or a checkbox's value
/// completes it when the visitor uses it (`action`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    /// The national profile select (its value: a profile's index, or `custom`).
    Profile,
    /// A criterion's minimum level (by index; the value is the minimum).
    Gate(usize),
    /// A certification's least status (the value: `none`, `any` or a status).
    Certification(Scheme),
    /// A yes/no filter (a checkbox).
    Flag(Flag),
    /// Removes every requirement.
    ClearFilters,
    /// Moves the criterion at `place` in the visitor's order up or down.
    Move { place: usize, up: bool },
    /// Sets these weights (rank order centroid weights, computed by the report module).
    ApplyOrder(Vec<u8>),
    /// The analysis's uncertainty select (percent).
    Uncertainty,
    /// The analysis's first (`second: false`) or second provider of a pair (a place in
    /// the ranking).
    Pair { second: bool },
    /// Closes the details.
    CloseDetails,
    /// Takes a provider (by index) out of side by side.
    Uncompare(usize),
    /// Compares no provider.
    ClearCompared,
}

impl Act {
    /// The state action this act asks for, with the value of the control that carries it
    /// (a select's value, a checkbox's `true` or `false`, a button's empty string); `None`
    /// when the value is not one the control offers.
    pub fn action(&self, value: &str) -> Option<Action> {
        let number = || value.parse::<usize>().ok();
        Some(match self {
            Act::Profile => Action::ApplyProfile(number()?),
            Act::Gate(criterion) => Action::SetGate {
                criterion: *criterion,
                minimum: value.parse().ok()?,
            },
            Act::Certification(scheme) => Action::SetRequirement {
                scheme: *scheme,
                requirement: match value {
                    "none" => None,
                    "any" => Some(Requirement {
                        scheme: *scheme,
                        status: None,
                    }),
                    given => Some(Requirement {
                        scheme: *scheme,
                        status: Some(*scheme.statuses().iter().find(|s| **s == given)?),
                    }),
                },
            },
            Act::Flag(flag) => Action::SetFlag {
                flag: *flag,
                on: value == "true",
            },
            Act::ClearFilters => Action::ClearFilters,
            Act::Move { place, up } => Action::MoveCriterion {
                place: *place,
                up: *up,
            },
            Act::ApplyOrder(weights) => Action::SetWeights(Rc::from(weights.as_slice())),
            Act::Uncertainty => Action::SetUncertainty(value.parse::<u8>().ok()?.min(100)),
            Act::Pair { second } => Action::SetPair {
                second: *second,
                place: number()?,
            },
            Act::CloseDetails => Action::ShowProvider(None),
            Act::Uncompare(provider) => Action::Compare {
                provider: *provider,
                on: false,
            },
            Act::ClearCompared => Action::ClearCompared,
        })
    }
}

impl fmt::Display for Act {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Act::Profile => f.write_str("profile"),
            Act::Gate(criterion) => write!(f, "gate:{criterion}"),
            Act::Certification(scheme) => write!(f, "cert:{}", scheme.id()),
            Act::Flag(flag) => write!(f, "flag:{}", flag.id()),
            Act::ClearFilters => f.write_str("clear"),
            Act::Move { place, up } => write!(f, "{}:{place}", if *up { "up" } else { "down" }),
            Act::ApplyOrder(weights) => {
                f.write_str("apply-order:")?;
                for (i, w) in weights.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{w}")?;
                }
                Ok(())
            }
            Act::Uncertainty => f.write_str("uncertainty"),
            Act::Pair { second } => f.write_str(if *second { "pair-b" } else { "pair-a" }),
            Act::CloseDetails => f.write_str("close"),
            Act::Uncompare(provider) => write!(f, "uncompare:{provider}"),
            Act::ClearCompared => f.write_str("clear-compare"),
        }
    }
}

/// An act that is not one `Act` writes (markup from another version of the report
/// module, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownAct(pub String);

impl FromStr for Act {
    type Err = UnknownAct;

    fn from_str(text: &str) -> Result<Act, UnknownAct> {
        let unknown = || UnknownAct(text.to_owned());
        let (kind, key) = match text.split_once(':') {
            Some((kind, key)) => (kind, Some(key)),
            None => (text, None),
        };
        let index = || {
            key.and_then(|k| k.parse::<usize>().ok())
                .ok_or_else(unknown)
        };
        let act = match (kind, key) {
            ("profile", None) => Act::Profile,
            ("gate", Some(_)) => Act::Gate(index()?),
            ("cert", Some(id)) => Act::Certification(
                Scheme::ALL
                    .into_iter()
                    .find(|s| s.id() == id)
                    .ok_or_else(unknown)?,
            ),
            ("flag", Some(id)) => Act::Flag(
                Flag::ALL
                    .into_iter()
                    .find(|f| f.id() == id)
                    .ok_or_else(unknown)?,
            ),
            ("clear", None) => Act::ClearFilters,
            ("up" | "down", Some(_)) => Act::Move {
                place: index()?,
                up: kind == "up",
            },
            ("apply-order", Some(weights)) => Act::ApplyOrder(
                weights
                    .split(',')
                    .map(|w| w.parse().ok())
                    .collect::<Option<_>>()
                    .ok_or_else(unknown)?,
            ),
            ("uncertainty", None) => Act::Uncertainty,
            ("pair-a", None) => Act::Pair { second: false },
            ("pair-b", None) => Act::Pair { second: true },
            ("close", None) => Act::CloseDetails,
            ("uncompare", Some(_)) => Act::Uncompare(index()?),
            ("clear-compare", None) => Act::ClearCompared,
            _ => return Err(unknown()),
        };
        Ok(act)
    }
}

/// An element either module gives an id, so that the other can point at it (focus,
/// `aria-controls`, `aria-describedby`, `<label for>`). Each widget's ids start with its
/// prefix (`ElementId::at`), so two widgets on a page do not clash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementId<'a> {
    /// The heading of the weights.
    WeightsHeading,
    /// A criterion's slider (by criterion id), its description and its value.
    Weight(&'a str),
    WeightDescription(&'a str),
    WeightValue(&'a str),
    /// A criterion's − (`up: false`) or + button.
    Step {
        criterion: &'a str,
        up: bool,
    },
    Preset,
    Reset,
    Method,
    Missing,
    /// A provider's name button in the ranking (by provider id), which opens its details.
    Open(&'a str),
    /// A provider's "Compare" checkbox in the ranking.
    Pick(&'a str),
    /// Why no more providers can be ticked.
    CompareFull,
    /// The details' panel, and its close button.
    Detail,
    Close,
    /// A provider's button in the side-by-side legend, which takes it out.
    Uncompare(&'a str),
    ClearCompare,
    /// The requirements panel's controls.
    Profile,
    Gate(&'a str),
    Certification(Scheme),
    Flag(Flag),
    ClearFilters,
    /// The ordering panel's up/down buttons (by criterion id) and its "Use these weights".
    Move {
        criterion: &'a str,
        up: bool,
    },
    ApplyOrder,
    /// The analysis's controls.
    Uncertainty,
    Pair {
        second: bool,
    },
    /// The share panel: its heading, the scenario file input, the link to copy by hand.
    ShareHeading,
    Import,
    Link,
    /// "Try again" after the data file failed to download.
    Retry,
    /// "Try again" in a view of the report module's (by the view's name) after the
    /// module failed to download.
    RetryView(&'a str),
}

impl ElementId<'_> {
    /// The id in a widget whose ids start with `prefix`.
    pub fn at(self, prefix: &str) -> String {
        let with = |name: &str, key: &str| [prefix, "-", name, key].concat();
        match self {
            ElementId::WeightsHeading => with("weights-heading", ""),
            ElementId::Weight(c) => with("w-", c),
            ElementId::WeightDescription(c) => [prefix, "-w-", c, "-description"].concat(),
            ElementId::WeightValue(c) => [prefix, "-w-", c, "-value"].concat(),
            ElementId::Step { criterion, up } => {
                [prefix, "-w-", criterion, if up { "-up" } else { "-down" }].concat()
            }
            ElementId::Preset => with("preset", ""),
            ElementId::Reset => with("reset", ""),
            ElementId::Method => with("method", ""),
            ElementId::Missing => with("missing", ""),
            ElementId::Open(p) => with("open-", p),
            ElementId::Pick(p) => with("compare-", p),
            ElementId::CompareFull => with("compare-full", ""),
            ElementId::Detail => with("detail", ""),
            ElementId::Close => with("close", ""),
            ElementId::Uncompare(p) => with("uncompare-", p),
            ElementId::ClearCompare => with("clear-compare", ""),
            ElementId::Profile => with("profile", ""),
            ElementId::Gate(c) => with("gate-", c),
            ElementId::Certification(s) => with("cert-", s.id()),
            ElementId::Flag(f) => with("flag-", f.id()),
            ElementId::ClearFilters => with("clear", ""),
            ElementId::Move { criterion, up } => {
                [prefix, if up { "-up-" } else { "-down-" }, criterion].concat()
            }
            ElementId::ApplyOrder => with("apply-order", ""),
            ElementId::Uncertainty => with("uncertainty", ""),
            ElementId::Pair { second } => with(if second { "pair-b" } else { "pair-a" }, ""),
            ElementId::ShareHeading => with("share-heading", ""),
            ElementId::Import => with("import", ""),
            ElementId::Link => with("link", ""),
            ElementId::Retry => with("retry", ""),
            ElementId::RetryView(view) => with("report-retry-", view),
        }
    }
}
