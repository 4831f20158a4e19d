//! The comparison: weights on one side, the ranking on the other, kept in the URL
//! fragment. A layout composing the panels; each panel is its own component, every
//! change is an `Action` on the one `AppState`, and side effects are named hooks.

use super::hooks::{
    use_announcement, use_focus, use_fragment_sync, use_ready, use_report_module, use_settings,
    Focus, Module,
};
use super::leaders::Leaders;
use super::method_picker::MethodPicker;
use super::notice::notice;
use super::preset_picker::PresetPicker;
use super::ranking_table::RankingTable;
use super::report_link::{Full, ReportSource};
use super::report_view::{ReportPanel, ReportView};
use super::share::{LinkPage, SharePanel};
use super::weight_panel::WeightPanel;
use super::{dataset_info, screening};
use crate::engine::{Method, Missing};
use crate::i18n::{I18n, Msg};
use crate::markup::Markup;
use crate::protocol::{Act, ElementId};
use crate::state::{Action, AppState, DatasetHandle, Disclosure, Settings};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The messages to show.
    pub i18n: I18n,
    /// The validated data file.
    pub dataset: DatasetHandle,
    /// What was set aside in the data file, with where.
    #[prop_or_default]
    pub warnings: Rc<[String]>,
    /// The URL fragment the page was opened with.
    #[prop_or_default]
    pub initial_fragment: AttrValue,
    /// What an embedding element's attributes set, in place of the page's address (see
    /// `AppProps::settings`).
    #[prop_or_default]
    pub settings: Option<Settings>,
    /// Prefix for element ids.
    #[prop_or(AttrValue::Static("ecc"))]
    pub id_prefix: AttrValue,
    /// The plain data file, for the report module (which reads it too).
    pub full: Full,
    /// Where the report module comes from.
    #[prop_or_default]
    pub report: ReportSource,
    /// The page a link to a state opens (see `AppProps::link`).
    #[prop_or_default]
    pub link: LinkPage,
}

/// How many leading providers the announcement names.
const ANNOUNCED: usize = 3;

/// Weights, presets, requirements and the live ranking for one dataset.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let (i18n, prefix) = (&props.i18n, &props.id_prefix);
    let (state, fragment) = use_compare_state(props);
    let root = use_node_ref();
    let focus = use_focus(root.clone());
    let print_slot = use_node_ref();
    let embedded = props.settings.is_some();
    use_ready(root.clone());
    let (announced, say) = use_announcement(announcement(i18n, &state));
    let module = use_report_module(&props.report, &props.full, prefix);
    use_load_when(&module, &state);
    let Handlers {
        dispatch,
        on_weight,
        on_step,
        on_show,
        on_compare,
        on_act,
        on_preset,
        on_reset,
        on_method,
        on_missing,
    } = use_handlers(&state, &focus, prefix);
    let slots = Slots {
        state: &state,
        module: &module,
        i18n,
        prefix,
        focus: &focus,
        on_act: &on_act,
        dispatch: &dispatch,
    };
    let filters = requirements_summary(i18n, state.filters.count());
    let heading = ElementId::WeightsHeading.at(prefix);
    let ranking = ranking_view(i18n, &state, prefix, on_show, on_compare);
    let none_left = state.ranking.as_ref().is_ok_and(|r| r.entries.is_empty());
    let footer = use_memo((i18n.clone(), state.dataset.clone()), |(i18n, d)| {
        dataset_info(i18n, d)
    });
    html! {
        <div class="ecc-compare" ref={root}>
            <p class="ecc-intro">{ i18n.text(Msg::AppIntro) }</p>
            <div class="ecc-notices">{ notices(i18n, &props.warnings, &state, embedded) }</div>
            <div class="ecc-layout">
                <section class="ecc-controls" aria-labelledby={heading.clone()}>
                    <h2 id={heading}>{ i18n.text(Msg::WeightsHeading) }</h2>
                    if let Ok(ranking) = &state.ranking {
                        <Leaders i18n={i18n.clone()} dataset={state.dataset.clone()}
                            ranking={ranking.clone()} />
                    }
                    <div>
                        <PresetPicker i18n={i18n.clone()} dataset={state.dataset.clone()}
                            active={state.active_preset()} prefix={prefix.clone()}
                            {on_preset} {on_reset} />
                        <MethodPicker i18n={i18n.clone()} method={state.method}
                            missing={state.missing} prefix={prefix.clone()} {on_method}
                            {on_missing} />
                    </div>
                    <WeightPanel i18n={i18n.clone()} dataset={state.dataset.clone()}
                        weights={state.weights.clone()} prefix={prefix.clone()}
                        {on_weight} {on_step} />
                    { slots.disclosure(Disclosure::Ordering, i18n.text(Msg::ElicitHeading).to_owned(),
                        ReportPanel::Ordering, "ecc-elicit") }
                    { slots.disclosure(Disclosure::Requirements, filters, ReportPanel::Requirements,
                        "ecc-requirements") }
                </section>
                <section class="ecc-results">
                    <h2>{ i18n.text(Msg::ResultsHeading) }</h2>
                    <div>{ ranking }</div>
                    <div class="ecc-screening">
                        { screening(i18n, &state.dataset, &state.excluded, state.method, none_left) }
                    </div>
                    // The one live region: the table itself is not live, which would read
                    // every row on every change.
                    <div class="ecc-visually-hidden" role="status">{ announced }</div>
                    <div class="ecc-compare-slot">{ slots.view(ReportPanel::Compare) }</div>
                    <div class="ecc-detail-slot">{ slots.view(ReportPanel::Detail) }</div>
                    { slots.disclosure(Disclosure::Analysis, i18n.text(Msg::AnalysisHeading).to_owned(),
                        ReportPanel::Analysis, "ecc-analysis") }
                    <SharePanel i18n={i18n.clone()} prefix={prefix.clone()}
                        fragment={AttrValue::from(fragment)} module={module.clone()}
                        print_slot={print_slot.clone()} dispatch={dispatch.clone()} {say}
                        link={props.link.clone()} />
                </section>
            </div>
            { (*footer).clone() }
            <div class="ecc-print-slot" ref={print_slot}></div>
        </div>
    }
}

/// The state, from the page's address and kept in step with it (standalone), or from an
/// embedding element's settings and following them (`CompareProps::settings`); with its
/// fragment, encoded once a render.
#[hook]
fn use_compare_state(props: &CompareProps) -> (UseReducerHandle<AppState>, String) {
    let state = {
        let (dataset, settings) = (props.dataset.clone(), props.settings.clone());
        let fragment = props.initial_fragment.clone();
        use_reducer(move || match settings {
            Some(settings) => AppState::configured(dataset, &settings),
            None => AppState::from_fragment(dataset, &fragment),
        })
    };
    let (opened, embedded) = (&props.initial_fragment, props.settings.is_some());
    let fragment = state.fragment();
    use_fragment_sync(fragment.clone(), opened, state.dispatcher(), !embedded);
    use_settings(props.settings.clone(), state.dispatcher());
    (state, fragment)
}

/// Where the report module's panels are drawn: a slot (`view`) or a disclosure that opens
/// one (`disclosure`), each asked with the part of the state its panel shows.
struct Slots<'a> {
    state: &'a UseReducerHandle<AppState>,
    module: &'a super::hooks::ReportModule,
    i18n: &'a I18n,
    prefix: &'a AttrValue,
    focus: &'a Focus,
    on_act: &'a Callback<(Act, String)>,
    dispatch: &'a Callback<Action>,
}

impl Slots<'_> {
    fn view(&self, panel: ReportPanel) -> Html {
        let ready = matches!(self.module.status, Module::Ready(_));
        html! {
            <ReportView {panel} asked={panel.asked(self.state, ready)} module={self.module.clone()}
                i18n={self.i18n.clone()} prefix={self.prefix.clone()} focus={self.focus.clone()}
                on_act={self.on_act.clone()} />
        }
    }

    fn disclosure(
        &self,
        which: Disclosure,
        summary: String,
        panel: ReportPanel,
        class: &'static str,
    ) -> Html {
        let ontoggle = self.dispatch.reform(move |e: Event| Action::Disclose {
            which,
            open: e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open(),
        });
        html! {
            <details class={["ecc-more ", class].concat()}
                open={self.state.arranged.open.get(which)} {ontoggle}>
                <summary>{ summary }</summary>
                { self.view(panel) }
            </details>
        }
    }
}

/// The callbacks the panels get: stable across renders (the rows and controls compare
/// them), but for `on_show`, made again when the open provider changes, and `on_act`.
struct Handlers {
    /// Any action on the state.
    dispatch: Callback<Action>,
    on_weight: Callback<(usize, u8)>,
    on_step: Callback<(usize, bool)>,
    on_show: Callback<usize>,
    on_compare: Callback<(usize, bool)>,
    /// An act of the report module's markup, with its value: focus moves where the act
    /// sends it, then the act's action.
    on_act: Callback<(Act, String)>,
    on_preset: Callback<usize>,
    on_reset: Callback<()>,
    on_method: Callback<Method>,
    on_missing: Callback<Missing>,
}

#[hook]
fn use_handlers(state: &UseReducerHandle<AppState>, focus: &Focus, prefix: &AttrValue) -> Handlers {
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let on_weight = use_memo((), |_| {
        dispatch.reform(|(criterion, weight)| Action::SetWeight { criterion, weight })
    });
    let on_step = use_memo((), |_| {
        dispatch.reform(|(criterion, up)| Action::StepWeight { criterion, up })
    });
    let on_show = {
        let dispatch = dispatch.clone();
        use_callback(state.selected, move |p: usize, selected| {
            dispatch.emit(Action::ShowProvider((*selected != Some(p)).then_some(p)))
        })
    };
    let on_compare = use_memo((), |_| {
        dispatch.reform(|(provider, on)| Action::Compare { provider, on })
    });
    let on_preset = use_memo((), |_| dispatch.reform(Action::ApplyPreset));
    let on_reset = use_memo((), |_| dispatch.reform(|()| Action::Reset));
    let on_method = use_memo((), |_| dispatch.reform(Action::SetMethod));
    let on_missing = use_memo((), |_| dispatch.reform(Action::SetMissing));
    let on_act = {
        let (dispatch, focus, state) = (dispatch.clone(), focus.clone(), state.clone());
        let prefix = prefix.clone();
        Callback::from(move |(act, value): (Act, String)| {
            if let Some(id) = focus_after(&act, &state) {
                focus.later(id.at(&prefix));
            }
            if let Some(action) = act.action(&value) {
                dispatch.emit(action)
            }
        })
    };
    Handlers {
        dispatch,
        on_weight: (*on_weight).clone(),
        on_step: (*on_step).clone(),
        on_show,
        on_compare: (*on_compare).clone(),
        on_act,
        on_preset: (*on_preset).clone(),
        on_reset: (*on_reset).clone(),
        on_method: (*on_method).clone(),
        on_missing: (*on_missing).clone(),
    }
}

/// The ranking table, or why there is none.
fn ranking_view(
    i18n: &I18n,
    state: &AppState,
    prefix: &AttrValue,
    on_show: Callback<usize>,
    on_compare: Callback<(usize, bool)>,
) -> Html {
    match &state.ranking {
        Ok(ranking) => html! {
            <RankingTable i18n={i18n.clone()} dataset={state.dataset.clone()}
                ranking={ranking.clone()} bounds={state.bounds.clone()} selected={state.selected}
                compared={state.compared.clone()} prefix={prefix.clone()} {on_show}
                {on_compare} />
        },
        Err(_) => html! {
            <p class="ecc-notice ecc-notice--error" role="status">{ i18n.text(Msg::AllWeightsZero) }</p>
        },
    }
}

/// "Requirements", with how many are set.
fn requirements_summary(i18n: &I18n, count: usize) -> String {
    match count {
        0 => i18n.text(Msg::FiltersHeading).to_owned(),
        n => format!("{} ({n})", i18n.text(Msg::FiltersHeading)),
    }
}

/// Starts downloading the report module once a view needs it: a disclosure it fills is
/// open, a provider is open, or providers are compared.
#[hook]
fn use_load_when(module: &super::hooks::ReportModule, state: &AppState) {
    let open = state.arranged.open;
    let wanted = open.analysis
        || open.ordering
        || open.requirements
        || state.selected.is_some()
        || !state.compared.is_empty();
    let module = module.clone();
    use_effect_with(wanted, move |wanted| {
        if *wanted && module.status == Module::Idle {
            module.load()
        }
    });
}

/// Where focus goes after an act whose control goes away: back to the name that opened
/// the details; to the next provider's legend button when one is taken out of side by
/// side (to "Stop comparing" once fewer than two are left); to the first compared
/// provider's box, or the first row's, when nothing is compared any more.
fn focus_after<'s>(act: &Act, state: &'s AppState) -> Option<ElementId<'s>> {
    let id = |p: usize| state.dataset.providers.get(p).map(|p| p.id.as_str());
    match act {
        Act::CloseDetails => state.selected.and_then(id).map(ElementId::Open),
        Act::Uncompare(provider) => {
            let left: Vec<usize> = state
                .compared
                .iter()
                .copied()
                .filter(|p| p != provider)
                .collect();
            let at = state
                .compared
                .iter()
                .position(|p| p == provider)
                .unwrap_or(0);
            let next = left.get(at).or(left.last()).filter(|_| left.len() > 1);
            Some(
                next.and_then(|&p| id(p))
                    .map_or(ElementId::ClearCompare, ElementId::Uncompare),
            )
        }
        Act::ClearCompared => {
            let ranking = state.ranking.as_ref().ok()?;
            let ranked = |p: &&usize| ranking.entries.iter().any(|e| e.provider == **p);
            let first = state.compared.iter().find(ranked).copied();
            let first = first.or_else(|| ranking.entries.first().map(|e| e.provider))?;
            id(first).map(ElementId::Pick)
        }
        _ => None,
    }
}

/// The notes above the comparison: parts of the data file set aside, and what of the
/// link (or, `embedded`, of the element's attributes) could not be used (read-only text).
fn notices(i18n: &I18n, warnings: &[String], state: &AppState, embedded: bool) -> Html {
    let mut m = Markup::default();
    if !warnings.is_empty() {
        let title = i18n.format(Msg::DataWarnings, &[("count", &warnings.len())]);
        let details = Some(i18n.text(Msg::DataWarningsDetails));
        notice(&mut m, &title, details, warnings, false);
    }
    if !state.fragment_problems.is_empty() {
        let mut items: Vec<String> = state
            .fragment_problems
            .iter()
            .map(|p| i18n.fragment_problem(p))
            .collect();
        let (title, defaults) = match embedded {
            true => (Msg::SettingsIgnored, Msg::SettingsDefaults),
            false => (Msg::FragmentIgnored, Msg::FragmentDefaults),
        };
        if state.fragment_problems.iter().any(|p| p.voids_weights()) {
            items.push(i18n.text(defaults).to_owned());
        }
        notice(&mut m, i18n.text(title), None, &items, false);
    }
    m.into_html()
}

/// What the live region says of a ranking: who leads.
fn announcement(i18n: &I18n, state: &AppState) -> String {
    match &state.ranking {
        Ok(ranking) => {
            let mut top = String::new();
            for entry in ranking.entries.iter().take(ANNOUNCED) {
                if !top.is_empty() {
                    top.push_str("; ");
                }
                let name = &state.dataset.providers[entry.provider].name;
                let score = i18n.score(entry.score);
                top.push_str(&i18n.format(
                    Msg::StatusEntry,
                    &[("rank", &entry.rank), ("name", name), ("score", &score)],
                ));
            }
            i18n.format(Msg::StatusRanking, &[("top", &top)])
        }
        Err(_) => i18n.text(Msg::AllWeightsZero).to_owned(),
    }
}
