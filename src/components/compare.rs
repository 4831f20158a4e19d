//! The comparison: weights on one side, the ranking on the other, kept in the URL fragment.

use super::{
    dataset_info, Notice, PresetPicker, ProviderDetail, RankingAnnouncer, RankingTable, WeightPanel,
};
use crate::data::Problem;
use crate::i18n::{I18n, Msg};
use crate::state::{Action, AppState, DatasetHandle};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The messages to show.
    pub i18n: I18n,
    /// The validated data file.
    pub dataset: DatasetHandle,
    /// Problems with parts of the data file that were set aside.
    #[prop_or_default]
    pub warnings: Rc<[Problem]>,
    /// The URL fragment the page was opened with.
    #[prop_or_default]
    pub initial_fragment: AttrValue,
    /// Prefix for element ids.
    #[prop_or(AttrValue::Static("ecc"))]
    pub id_prefix: AttrValue,
}

/// Weights, presets and the live ranking for one dataset.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let i18n = &props.i18n;
    let state = {
        let dataset = props.dataset.clone();
        let fragment = props.initial_fragment.clone();
        use_reducer(move || AppState::from_fragment(dataset, &fragment))
    };

    // The fragment follows the weights, without a history entry per slider tick.
    use_effect_with(state.fragment(), |fragment| replace_fragment(fragment));

    // A fragment edited by hand (or a shared link opened in the same tab) is applied.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    if let Ok(hash) = gloo::utils::window().location().hash() {
                        dispatcher.dispatch(Action::ApplyFragment(hash));
                    }
                });
            move || drop(listener)
        });
    }

    // One stable callback for every change, passed down with the data it concerns
    // (a new closure per row or per control would re-render them all on every change).
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    let warnings = (!props.warnings.is_empty()).then(|| {
        let items: Vec<AttrValue> = props
            .warnings
            .iter()
            .map(|p| i18n.data_problem(p).into())
            .collect();
        html! {
            <Notice title={i18n.format(Msg::DataWarnings, &[("count", &props.warnings.len())])}
                details={AttrValue::from(i18n.text(Msg::DataWarningsDetails).to_owned())}
                items={Rc::<[AttrValue]>::from(items)} />
        }
    });
    let fragment_notice = (!state.fragment_problems.is_empty()).then(|| {
        let mut items: Vec<AttrValue> = state
            .fragment_problems
            .iter()
            .map(|p| i18n.fragment_problem(p).into())
            .collect();
        if state.fragment_problems.iter().any(|p| p.voids_weights()) {
            items.push(i18n.text(Msg::FragmentDefaults).to_owned().into());
        }
        html! {
            <Notice title={AttrValue::from(i18n.text(Msg::FragmentIgnored).to_owned())}
                items={Rc::<[AttrValue]>::from(items)} />
        }
    });
    // Built once per dataset and language, not on every slider move.
    let footer = use_memo((i18n.clone(), state.dataset.clone()), |(i18n, dataset)| {
        dataset_info(i18n, dataset)
    });
    let detail = state.selected.map(|provider| {
        html! {
            <ProviderDetail i18n={i18n.clone()} dataset={state.dataset.clone()} provider={provider}
                id_prefix={props.id_prefix.clone()} on_action={on_action.clone()} />
        }
    });
    let ranking = match &state.ranking {
        Ok(ranking) => html! {
            <>
                <RankingTable i18n={i18n.clone()} dataset={state.dataset.clone()} ranking={ranking.clone()}
                    selected={state.selected} id_prefix={props.id_prefix.clone()} on_action={on_action.clone()} />
                <RankingAnnouncer i18n={i18n.clone()} dataset={state.dataset.clone()} ranking={ranking.clone()} />
            </>
        },
        Err(_) => html! {
            <p class="ecc-notice ecc-notice--error" role="status">{ i18n.text(Msg::AllWeightsZero) }</p>
        },
    };
    html! {
        <>
            <p class="ecc-intro">{ i18n.text(Msg::AppIntro) }</p>
            // One stable element around the optional notices: yew rebuilds the siblings of
            // a child that appears or disappears, and the controls must keep their focus.
            <div class="ecc-notices">
                { warnings }
                { fragment_notice }
            </div>
            <div class="ecc-layout">
                <section class="ecc-controls" aria-labelledby={format!("{}-weights-heading", props.id_prefix)}>
                    <h2 id={format!("{}-weights-heading", props.id_prefix)}>{ i18n.text(Msg::WeightsHeading) }</h2>
                    <PresetPicker i18n={i18n.clone()} dataset={state.dataset.clone()} active={state.active_preset()}
                        id_prefix={props.id_prefix.clone()} on_action={on_action.clone()} />
                    <WeightPanel i18n={i18n.clone()} dataset={state.dataset.clone()} weights={state.weights.clone()}
                        id_prefix={props.id_prefix.clone()} on_action={on_action.clone()} />
                </section>
                <section class="ecc-results">
                    { ranking }
                    // Always an element (see above): the details come and go inside it.
                    <div class="ecc-detail-slot">{ detail }</div>
                </section>
            </div>
            { (*footer).clone() }
        </>
    }
}

/// Writes the fragment into the address bar with `history.replaceState`, so moving a
/// slider does not add a history entry per step; an empty fragment removes the `#`.
fn replace_fragment(fragment: &str) {
    let window = gloo::utils::window();
    let (Ok(history), location) = (window.history(), window.location()) else {
        return;
    };
    let current = location.hash().unwrap_or_default();
    if current.trim_start_matches('#') == fragment {
        return;
    }
    let url = if fragment.is_empty() {
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        format!("{path}{search}")
    } else {
        format!("#{fragment}")
    };
    // A failure here (a sandboxed iframe, say) only means the link is not updated.
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}
