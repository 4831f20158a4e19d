//! What the visitor has chosen, and every change they can make, as an `Action` on one
//! `AppState`. The ranking is derived here, once per change, so components only render.

mod fragment;

pub use fragment::{decode, decode_settings, encode, link, Decoded, FragmentProblem, MAX_COMPARED};

use crate::data::{Dataset, Filters, Flag, Requirement, Scheme};
use crate::engine::screen::{self, Exclusion};
use crate::engine::{self, Bounds, Method, Missing, RankError, Ranking};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

/// How scores are computed: the method, and how missing values count.
type Rule = (Method, Missing);

/// What a page embedding the widget as an element sets through its attributes, in place
/// of a URL fragment: a preset, and the rest in the fragment's syntax.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    /// The id of the preset whose weights the others change (the default preset's when
    /// `None`).
    pub preset: Option<String>,
    /// The rest, as a fragment would say it (`w=sov-1:20&m=topsis`).
    pub fragment: String,
    /// What the embedding could not use already (a language with no messages).
    pub problems: Vec<FragmentProblem>,
}

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

/// Everything the visitor has chosen, and what follows from it.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub dataset: DatasetHandle,
    /// One weight 0..=100 per criterion, in the dataset's order.
    pub weights: Rc<[u8]>,
    pub method: Method,
    /// How missing values count.
    pub missing: Missing,
    /// Gates (one minimum per criterion) and filters.
    pub filters: Rc<Filters>,
    /// Derived from `filters`: the providers that pass, as a dataset of their own (the same
    /// handle as `dataset` when all pass). Analyses of the ranking run on it.
    pub scope: DatasetHandle,
    /// The dataset index of each provider of `scope`.
    pub members: Rc<[usize]>,
    /// Derived from `filters`: the providers that fail, each with every reason.
    pub excluded: Rc<[(usize, Vec<Exclusion>)]>,
    /// Derived from all of the above; provider indexes are the dataset's.
    pub ranking: Result<Rc<Ranking>, RankError>,
    /// What each entry's missing values leave open, in the ranking's order (empty when
    /// there is no ranking).
    pub bounds: Rc<[Bounds]>,
    /// What the last fragment read asked for that could not be used; cleared by the next
    /// change, which rewrites the fragment.
    pub fragment_problems: Rc<[FragmentProblem]>,
    /// The provider whose details are open, by index.
    pub selected: Option<usize>,
    /// The providers compared side by side, by index, in the order they were picked (at
    /// most `MAX_COMPARED`).
    pub compared: Rc<[usize]>,
    /// What the visitor has arranged that links do not share.
    pub arranged: Arranged,
}

/// What the visitor has arranged that links do not share: it outlives every other change.
#[derive(Debug, Clone, PartialEq)]
pub struct Arranged {
    /// The criteria in the visitor's order of importance, most important first (indexes),
    /// for rank order centroid weights.
    pub order: Rc<[usize]>,
    /// Which of the disclosures the report module fills are open (it computes them then).
    pub open: Disclosures,
    /// For the rank acceptability, in percent.
    pub uncertainty: u8,
    /// The two providers the analysis compares, as places in the ranking.
    pub pair: (usize, usize),
}

/// The disclosures whose content the report module draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disclosure {
    Analysis,
    Ordering,
    Requirements,
}

/// Which disclosures are open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Disclosures {
    pub analysis: bool,
    pub ordering: bool,
    pub requirements: bool,
}

impl Disclosures {
    pub fn get(self, which: Disclosure) -> bool {
        match which {
            Disclosure::Analysis => self.analysis,
            Disclosure::Ordering => self.ordering,
            Disclosure::Requirements => self.requirements,
        }
    }

    fn set(&mut self, which: Disclosure, open: bool) {
        match which {
            Disclosure::Analysis => self.analysis = open,
            Disclosure::Ordering => self.ordering = open,
            Disclosure::Requirements => self.requirements = open,
        }
    }
}

impl Arranged {
    /// Where a visitor starts: the criteria by weight, heaviest first (equal weights in the
    /// dataset's order); the requirements open when a shared link brings some.
    fn new(weights: &[u8], filters: &Filters) -> Arranged {
        Arranged {
            order: crate::order::sorted(weights.len(), &|a, b| weights[b].cmp(&weights[a])).into(),
            open: Disclosures {
                requirements: filters.count() > 0,
                ..Disclosures::default()
            },
            uncertainty: 20,
            pair: (0, 1),
        }
    }

    /// The order with the criterion at `place` moved one up or down; `None` at either end.
    pub fn moved(&self, place: usize, up: bool) -> Option<Rc<[usize]>> {
        let target = if up { place.checked_sub(1)? } else { place + 1 };
        let mut order = self.order.to_vec();
        (target < order.len() && place < order.len()).then(|| {
            order.swap(place, target);
            order.into()
        })
    }
}

/// How far one press of - or + moves a weight.
pub const STEP: u8 = 5;

/// Every change a visitor can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Sets one criterion's weight (clamped to 0..=100).
    SetWeight {
        criterion: usize,
        weight: u8,
    },
    /// Moves one criterion's weight up or down by `STEP`, within 0..=100.
    StepWeight {
        criterion: usize,
        up: bool,
    },
    /// Sets every weight at once (weights from a ranking of the criteria, say).
    SetWeights(Rc<[u8]>),
    /// Takes all weights from a preset, by its index.
    ApplyPreset(usize),
    /// Back to the default preset.
    Reset,
    SetMethod(Method),
    SetMissing(Missing),
    /// Sets the minimum level of one criterion (0: none).
    SetGate {
        criterion: usize,
        minimum: u8,
    },
    /// Requires a certification (`Some`, with its least status) or stops requiring it.
    SetRequirement {
        scheme: Scheme,
        requirement: Option<Requirement>,
    },
    SetFlag {
        flag: Flag,
        on: bool,
    },
    /// Takes every filter from a profile, by its index.
    ApplyProfile(usize),
    /// Removes every gate and filter.
    ClearFilters,
    /// Takes the state a URL fragment describes (a link opened, or the fragment edited).
    ApplyFragment(String),
    /// Takes the state an embedding element's attributes describe (one was changed).
    Configure(Settings),
    /// Opens a provider's details (by index), or closes them with `None`.
    ShowProvider(Option<usize>),
    /// Adds a provider (by index) to the comparison, or takes it out; a fifth is refused.
    Compare {
        provider: usize,
        on: bool,
    },
    /// Compares no provider.
    ClearCompared,
    /// Moves the criterion at `place` in the visitor's order one up or down.
    MoveCriterion {
        place: usize,
        up: bool,
    },
    /// The analysis's uncertainty, in percent (at most 100).
    SetUncertainty(u8),
    /// The analysis's first (`second: false`) or second provider, as a place in the ranking.
    SetPair {
        second: bool,
        place: usize,
    },
    /// A disclosure the report module fills was opened or closed.
    Disclose {
        which: Disclosure,
        open: bool,
    },
}

/// No filters, with one (zero) gate per criterion.
pub fn no_filters(dataset: &Dataset) -> Filters {
    Filters {
        gates: vec![0; dataset.criteria.len()],
        ..Filters::default()
    }
}

impl AppState {
    /// The state a visitor lands in, from the fragment of the URL they opened.
    pub fn from_fragment(dataset: DatasetHandle, fragment: &str) -> AppState {
        let decoded = decode(fragment, &dataset);
        AppState::decoded(dataset, decoded)
    }

    /// The state an embedding element's attributes describe.
    pub fn configured(dataset: DatasetHandle, settings: &Settings) -> AppState {
        let mut decoded = decode_settings(settings.preset.as_deref(), &settings.fragment, &dataset);
        decoded
            .problems
            .splice(0..0, settings.problems.iter().cloned());
        AppState::decoded(dataset, decoded)
    }

    /// `state` in place of this one, with what the visitor arranged (which no link or
    /// attribute says) kept.
    fn replaced_by(&self, mut state: AppState) -> Rc<AppState> {
        state.arranged = self.arranged.clone();
        Rc::new(state)
    }

    fn decoded(dataset: DatasetHandle, decoded: Decoded) -> AppState {
        let Decoded {
            weights,
            method,
            missing,
            filters,
            compared,
            shown,
            problems,
        } = decoded;
        let mut state = AppState::new(
            dataset,
            weights.into(),
            (method, missing),
            Rc::new(filters),
            problems.into(),
        );
        state.selected = shown;
        state.compared = compared.into();
        state.arranged = Arranged::new(&state.weights, &state.filters);
        state
    }

    fn new(
        dataset: DatasetHandle,
        weights: Rc<[u8]>,
        (method, missing): Rule,
        filters: Rc<Filters>,
        fragment_problems: Rc<[FragmentProblem]>,
    ) -> AppState {
        let screened = screen::screen(&dataset, &filters);
        let scope = if screened.excluded.is_empty() {
            dataset.clone()
        } else {
            DatasetHandle::new(screen::restrict(&dataset, &screened.members))
        };
        let mut state = AppState {
            dataset,
            weights,
            method,
            missing,
            filters,
            scope,
            members: screened.members.into(),
            excluded: screened.excluded.into(),
            ranking: Err(RankError::AllWeightsZero),
            bounds: Rc::new([]),
            fragment_problems,
            selected: None,
            compared: Rc::new([]),
            arranged: Arranged {
                order: Rc::new([]),
                open: Disclosures::default(),
                uncertainty: 20,
                pair: (0, 1),
            },
        };
        state.rerank();
        state
    }

    /// Ranks the providers in scope, with the dataset's indexes, and bounds each entry.
    fn rerank(&mut self) {
        let (method, missing, scope) = (self.method, self.missing, &self.scope);
        let scored = engine::scores(method, missing, scope, &self.weights);
        let (ranking, bounds) = match scored {
            Ok(scores) => {
                let bounds = engine::bounds(method, missing, scope, &self.weights, &scores);
                let mut ranking = Ranking::from_scores(&scope.providers, scores);
                let ordered = ranking.entries.iter().map(|e| bounds[e.provider]).collect();
                for entry in &mut ranking.entries {
                    entry.provider = self.members[entry.provider];
                }
                (Ok(Rc::new(ranking)), ordered)
            }
            Err(error) => (Err(error), Rc::new([]) as Rc<[Bounds]>),
        };
        self.ranking = ranking;
        self.bounds = bounds;
    }

    /// What a ranked provider's missing values leave open (`None` for one set apart).
    pub fn bounds_of(&self, provider: usize) -> Option<Bounds> {
        let ranking = self.ranking.as_ref().ok()?;
        let place = ranking
            .entries
            .iter()
            .position(|e| e.provider == provider)?;
        self.bounds.get(place).copied()
    }

    /// The preset whose weights are exactly the current ones, if any.
    pub fn active_preset(&self) -> Option<usize> {
        self.dataset
            .presets
            .iter()
            .position(|p| p.weights[..] == self.weights[..])
    }

    /// The profile whose filters are exactly the current ones, if any.
    pub fn active_profile(&self) -> Option<usize> {
        self.dataset
            .profiles
            .iter()
            .position(|p| p.filters == *self.filters)
    }

    /// The URL fragment (without `#`) that reproduces this state.
    pub fn fragment(&self) -> String {
        self.fragment_with(true, true)
    }

    /// The fragment of the requirements alone (the weights and method left at their
    /// defaults): what the requirements panel shows, unchanged while a slider moves.
    pub fn requirements_fragment(&self) -> String {
        let defaults = self.dataset.default_weights();
        encode(
            &self.dataset,
            defaults,
            Default::default(),
            &self.filters,
            &[],
            None,
        )
    }

    /// The fragment with or without the providers compared (`s=`) and the one open
    /// (`p=`): what a view that does not show them depends on.
    pub fn fragment_with(&self, compared: bool, shown: bool) -> String {
        let compared: &[usize] = if compared { &self.compared } else { &[] };
        let shown = self.selected.filter(|_| shown);
        encode(
            &self.dataset,
            &self.weights,
            (self.method, self.missing),
            &self.filters,
            compared,
            shown,
        )
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::ApplyFragment(fragment) => {
                if fragment.trim_start_matches('#') == self.fragment() {
                    return self;
                }
                self.replaced_by(AppState::from_fragment(self.dataset.clone(), &fragment))
            }
            Action::Configure(settings) => {
                self.replaced_by(AppState::configured(self.dataset.clone(), &settings))
            }
            Action::ShowProvider(selected) => {
                let selected = selected.filter(|&i| i < self.dataset.providers.len());
                if selected == self.selected {
                    return self;
                }
                Rc::new(AppState {
                    selected,
                    ..(*self).clone()
                })
            }
            Action::Compare { provider, on } => self.compare(provider, on),
            Action::ClearCompared => {
                if self.compared.is_empty() {
                    return self;
                }
                Rc::new(AppState {
                    compared: Rc::new([]),
                    ..(*self).clone()
                })
            }
            Action::MoveCriterion { place, up } => match self.arranged.moved(place, up) {
                Some(order) => self.arrange(|a| a.order = order),
                None => self,
            },
            Action::SetUncertainty(uncertainty) => {
                self.arrange(|a| a.uncertainty = uncertainty.min(100))
            }
            Action::SetPair { second, place } => self.arrange(|a| {
                if second {
                    a.pair.1 = place
                } else {
                    a.pair.0 = place
                }
            }),
            Action::Disclose { which, open } => self.arrange(|a| a.open.set(which, open)),
            choice => match self.choose(choice) {
                Some((weights, rule, filters)) => self.rechoose(weights, rule, filters),
                None => self,
            },
        }
    }
}

impl AppState {
    /// The weights, method (with the way missing values count) and filters a choice
    /// gives; `None` for one that names no preset or profile of the file (and for actions
    /// that change none of them).
    fn choose(&self, action: Action) -> Option<(Rc<[u8]>, Rule, Filters)> {
        let dataset = &self.dataset;
        let mut weights = self.weights.clone();
        let (mut method, mut missing) = (self.method, self.missing);
        let mut filters = (*self.filters).clone();
        let set = |weights: &Rc<[u8]>, criterion: usize, weight: u8| -> Rc<[u8]> {
            let mut changed = weights.to_vec();
            changed[criterion] = weight.min(100);
            changed.into()
        };
        match action {
            Action::SetWeight { criterion, weight } if criterion < weights.len() => {
                weights = set(&weights, criterion, weight)
            }
            Action::StepWeight { criterion, up } if criterion < weights.len() => {
                let w = weights[criterion];
                let stepped = if up {
                    w.saturating_add(STEP)
                } else {
                    w.saturating_sub(STEP)
                };
                weights = set(&weights, criterion, stepped)
            }
            Action::SetWeights(given)
                if given.len() == weights.len() && given.iter().all(|&w| w <= 100) =>
            {
                weights = given
            }
            Action::ApplyPreset(index) => {
                weights = dataset.presets.get(index)?.weights.clone().into()
            }
            Action::Reset => weights = dataset.default_weights().into(),
            Action::SetMethod(chosen) => method = chosen,
            Action::SetMissing(chosen) => missing = chosen,
            Action::SetGate { criterion, minimum } => {
                if let Some(gate) = filters.gates.get_mut(criterion) {
                    *gate = minimum;
                }
            }
            Action::SetRequirement {
                scheme,
                requirement,
            } => {
                let at = filters.required.iter().position(|r| r.scheme == scheme);
                match (at, requirement) {
                    (Some(i), Some(r)) => filters.required[i] = r,
                    (None, Some(r)) => filters.required.push(r),
                    (Some(i), None) => {
                        filters.required.remove(i);
                    }
                    (None, None) => {}
                }
            }
            Action::SetFlag { flag, on } => *filters.flag_mut(flag) = on,
            Action::ApplyProfile(index) => filters = dataset.profiles.get(index)?.filters.clone(),
            Action::ClearFilters => filters = no_filters(dataset),
            _ => {}
        }
        Some((weights, (method, missing), filters))
    }

    /// The state with these weights, method, way of counting missing values and filters,
    /// ranked again (and screened again
    /// when the filters changed); the same `Rc` when nothing changed. A change rewrites the
    /// fragment: what was wrong with the old one no longer shows.
    fn rechoose(
        self: Rc<Self>,
        weights: Rc<[u8]>,
        (method, missing): Rule,
        filters: Filters,
    ) -> Rc<Self> {
        let filters_changed = filters != *self.filters;
        let same_rule = method == self.method && missing == self.missing;
        if weights == self.weights && same_rule && !filters_changed {
            return self;
        }
        let dataset = self.dataset.clone();
        let mut state = if filters_changed {
            let rule = (method, missing);
            AppState::new(dataset, weights, rule, Rc::new(filters), Rc::new([]))
        } else {
            let mut state = AppState {
                weights,
                method,
                missing,
                fragment_problems: Rc::new([]),
                ..(*self).clone()
            };
            state.rerank();
            state
        };
        state.selected = self.selected;
        state.compared = self.compared.clone();
        state.arranged = self.arranged.clone();
        Rc::new(state)
    }

    /// Adds a provider to the comparison or takes it out; a fifth, or an unknown one, is
    /// refused.
    fn compare(self: Rc<Self>, provider: usize, on: bool) -> Rc<Self> {
        let mut compared = self.compared.to_vec();
        let at = compared.iter().position(|&p| p == provider);
        match (on, at) {
            (true, None)
                if provider < self.dataset.providers.len() && compared.len() < MAX_COMPARED =>
            {
                compared.push(provider)
            }
            (false, Some(i)) => {
                compared.remove(i);
            }
            _ => return self,
        }
        Rc::new(AppState {
            compared: compared.into(),
            ..(*self).clone()
        })
    }
}

impl AppState {
    /// The same state with what the visitor arranged changed (the same `Rc` when nothing
    /// changed, so nothing renders again).
    fn arrange(self: Rc<Self>, change: impl FnOnce(&mut Arranged)) -> Rc<Self> {
        let mut arranged = self.arranged.clone();
        change(&mut arranged);
        if arranged == self.arranged {
            return self;
        }
        Rc::new(AppState {
            arranged,
            ..(*self).clone()
        })
    }
}
