//! What the visitor has chosen, and every change they can make, as an `Action` on one
//! `AppState`. The ranking is derived here, once per change, so components only render.

mod fragment;

pub use fragment::{decode, encode, Decoded, FragmentProblem};

use crate::data::Dataset;
use crate::engine::{self, RankError, Ranking};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

/// A shared, immutable dataset. Two handles are equal when they point at the same
/// dataset, so passing one in props costs a pointer comparison, not a deep one.
#[derive(Debug, Clone)]
pub struct DatasetHandle(Rc<Dataset>);

impl DatasetHandle {
    pub fn new(dataset: Dataset) -> Self {
        DatasetHandle(Rc::new(dataset))
    }
}

impl PartialEq for DatasetHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for DatasetHandle {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.0
    }
}

/// Everything the visitor can change, and what follows from it.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub dataset: DatasetHandle,
    /// One weight 0..=100 per criterion, in the dataset's order.
    pub weights: Rc<[u8]>,
    /// Derived from `weights`; recomputed by every action that changes them.
    pub ranking: Result<Rc<Ranking>, RankError>,
    /// What the last fragment read asked for that could not be used; cleared by the next
    /// change of weights, which rewrites the fragment.
    pub fragment_problems: Rc<[FragmentProblem]>,
    /// The provider whose details are open, by index.
    pub selected: Option<usize>,
}

/// Every change a visitor can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Sets one criterion's weight (clamped to 0..=100).
    SetWeight { criterion: usize, weight: u8 },
    /// Takes all weights from a preset, by its index.
    ApplyPreset(usize),
    /// Back to the default preset.
    Reset,
    /// Takes the state a URL fragment describes (a link opened, or the fragment edited).
    ApplyFragment(String),
    /// Opens a provider's details (by index), or closes them with `None`.
    ShowProvider(Option<usize>),
}

impl AppState {
    /// The state a visitor lands in, from the fragment of the URL they opened.
    pub fn from_fragment(dataset: DatasetHandle, fragment: &str) -> AppState {
        let Decoded { weights, problems } = decode(fragment, &dataset);
        AppState::with_weights(dataset, weights.into(), problems.into())
    }

    fn with_weights(
        dataset: DatasetHandle,
        weights: Rc<[u8]>,
        fragment_problems: Rc<[FragmentProblem]>,
    ) -> AppState {
        let ranking = engine::rank(&dataset, &weights).map(Rc::new);
        AppState {
            dataset,
            weights,
            ranking,
            fragment_problems,
            selected: None,
        }
    }

    /// The preset whose weights are exactly the current ones, if any.
    pub fn active_preset(&self) -> Option<usize> {
        self.dataset
            .presets
            .iter()
            .position(|p| p.weights[..] == self.weights[..])
    }

    /// The URL fragment (without `#`) that reproduces this state.
    pub fn fragment(&self) -> String {
        encode(&self.dataset, &self.weights)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let dataset = self.dataset.clone();
        let weights: Rc<[u8]> = match action {
            Action::SetWeight { criterion, weight } => {
                let weight = weight.min(100);
                if self.weights.get(criterion).is_none_or(|&w| w == weight) {
                    return self;
                }
                let mut weights = self.weights.to_vec();
                weights[criterion] = weight;
                weights.into()
            }
            Action::ApplyPreset(index) => match dataset.presets.get(index) {
                Some(preset) => preset.weights.clone().into(),
                None => return self,
            },
            Action::Reset => dataset.default_weights().into(),
            Action::ApplyFragment(fragment) => {
                if fragment.trim_start_matches('#') == self.fragment() {
                    return self;
                }
                return Rc::new(AppState::from_fragment(dataset, &fragment));
            }
            Action::ShowProvider(selected) => {
                let selected = selected.filter(|&i| i < self.dataset.providers.len());
                if selected == self.selected {
                    return self;
                }
                return Rc::new(AppState {
                    selected,
                    ..(*self).clone()
                });
            }
        };
        if weights == self.weights {
            return self;
        }
        // New weights rewrite the fragment: what was wrong with the old one no longer shows.
        Rc::new(AppState {
            selected: self.selected,
            ..AppState::with_weights(dataset, weights, Rc::new([]))
        })
    }
}
