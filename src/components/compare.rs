//! The comparison: weights on one side, the ranking on the other, kept in the URL fragment.
//!
//! The views are escaped markup (see `markup`) whose controls one delegated handler reads
//! (see `choice`); only the layout, the disclosures and the live region are yew elements.

use super::choice::{delegate, focus_later, restore_focus, Act};
use super::elicit::{initial_order, moved};
use super::notice::{failure, notice};
use super::preset_picker::preset_picker;
use super::ranking_table::ranking_table;
use super::report_link::{self, reason, Full, ReportSource, Reports};
use super::requirements::{self, method_controls};
use super::share::{copy_text, flip_rows, share_controls, Shared};
use super::weight_panel::{sync_weights, weight_panel};
use super::{dataset_info, screening};
use crate::i18n::{I18n, Msg};
use crate::markup::Markup;
use crate::state::{Action, AppState, DatasetHandle};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The messages to show.
    pub i18n: I18n,
    /// The validated data file.
    pub dataset: DatasetHandle,
    /// Problems with parts of the data file that were set aside.
    #[prop_or_default]
    pub warnings: Rc<[String]>,
    /// The URL fragment the page was opened with.
    #[prop_or_default]
    pub initial_fragment: AttrValue,
    /// Prefix for element ids.
    #[prop_or(AttrValue::Static("ecc"))]
    pub id_prefix: AttrValue,
    /// The plain data file, for the report module (which reads it too).
    pub full: Full,
    /// Where the report module comes from.
    #[prop_or_default]
    pub report: ReportSource,
}

/// Weights, presets, requirements and the live ranking for one dataset.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let i18n = &props.i18n;
    let prefix = props.id_prefix.as_str();
    let state = {
        let dataset = props.dataset.clone();
        let fragment = props.initial_fragment.clone();
        use_reducer(move || AppState::from_fragment(dataset, &fragment))
    };

    // The page-level effects: the live region's timer, the `hashchange` and `beforeprint`
    // listeners; and the report module with its answers.
    let live = use_mut_ref(Live::default);
    {
        let mut l = live.borrow_mut();
        if let (ReportSource::Linked(reports), Report::Idle) = (&props.report, &l.report) {
            l.report = Report::Ready(reports.clone());
        }
    }

    // What this visitor has arranged that a link does not share (one hook for all of it).
    let view = {
        let (weights, filters) = (state.weights.clone(), state.filters.clone());
        let (i18n, dataset) = (i18n.clone(), state.dataset.clone());
        let prefix = props.id_prefix.clone();
        use_reducer(move || View {
            order: initial_order(&weights),
            open: [false, false, requirements::count(&filters) > 0],
            uncertainty: 20,
            pair: (0, 1),
            announced: String::new(),
            report: 0,
            shared: Shared::default(),
            print_slot: NodeRef::default(),
            panel: {
                let mut m = Markup::default();
                weight_panel(&mut m, &i18n, &dataset, &prefix);
                m.into_html()
            },
            footer: dataset_info(&i18n, &dataset),
            root: NodeRef::default(),
        })
    };
    // After each render: the fragment follows the state (without a history entry per
    // slider tick), the sliders show the weights, focus is back on the control the visitor
    // used if its element was rewritten, and a settled new ranking is announced.
    // ... and, from the first render on, a fragment edited by hand (or a shared link opened
    // in the same tab) is applied.
    let root = view.root.clone();
    // What the views ask of the report module this render: it is fetched after it.
    let wanted =
        view.open.contains(&true) || state.selected.is_some() || !state.compared.is_empty();
    let fetch = {
        let (live, view) = (live.clone(), view.dispatcher());
        let (text, prefix) = (props.full.clone(), props.id_prefix.clone());
        Rc::new(move |then: Waiting| with_report(&live, &text, &prefix, &view, then))
    };
    {
        let (root, weights) = (root.clone(), state.weights.clone());
        let print_slot = view.print_slot.clone();
        let (fragment, message) = (state.fragment(), announcement(i18n, &state));
        let (view, dispatcher) = (view.dispatcher(), state.dispatcher());
        let fetch = fetch.clone();
        let live = live.clone();
        use_effect(move || {
            replace_fragment(&fragment);
            if let Some(root) = root.cast::<web_sys::Element>() {
                sync_weights(&root, &weights);
                restore_focus(&root);
                flip_rows(&root);
            }
            if wanted && matches!(live.borrow().report, Report::Idle) {
                fetch(Box::new(|_| {}));
            }
            let shared = live.clone();
            let mut live = live.borrow_mut();
            // What an export, a print or a copied link made from now on is made of.
            live.fragment = fragment;
            live.settle(message, view);
            live.listeners.get_or_insert_with(|| {
                let window = gloo::utils::window();
                let hashchange =
                    gloo::events::EventListener::new(&window, "hashchange", move |_| {
                        if let Ok(hash) = gloo::utils::window().location().hash() {
                            dispatcher.dispatch(Action::ApplyFragment(hash));
                        }
                    });
                // Printing from the browser's menu prints the report too, brought up to
                // date, once the report module is here (the print button fetches it).
                let slot = print_slot.clone();
                let before = gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                    let live = shared.borrow();
                    if let Report::Ready(reports) = &live.report {
                        fill_print(reports, &live.fragment, &slot);
                    }
                });
                [hashchange, before]
            });
        });
    }
    let (order, uncertainty, pair) = (&view.order, view.uncertainty, view.pair);

    let on_act = {
        let dispatcher = state.dispatcher();
        let print_slot = view.print_slot.clone();
        let shared_shown = view.shared != Shared::default();
        let view = view.dispatcher();
        let order = order.clone();
        let selected = state.selected;
        let dataset = state.dataset.clone();
        let prefix = props.id_prefix.clone();
        let compared = state.compared.clone();
        let (i18n, fetch, live) = (i18n.clone(), fetch.clone(), live.clone());
        let ready = matches!(live.borrow().report, Report::Ready(_));
        // Where focus goes once nothing is compared: the first compared provider's box,
        // or the first row's when that provider is set apart (its box is gone).
        let after_compare = state.ranking.as_ref().ok().and_then(|r| {
            let ranked = |p: &&usize| r.entries.iter().any(|e| e.provider == **p);
            let first = compared.iter().find(ranked).copied();
            let first = first.or_else(|| r.entries.first().map(|e| e.provider))?;
            let id = &state.dataset.providers.get(first)?.id;
            Some([&prefix, "-compare-", id.as_str()].concat())
        });
        delegate(Callback::from(move |(act, value): Act| {
            let (kind, key) = act.split_once(':').unwrap_or((act.as_str(), ""));
            let index: Option<usize> = key.parse().ok();
            let sharing = matches!(
                kind,
                "copy-link" | "export-csv" | "export-scenario" | "print" | "import"
            );
            // What the share panel said was about the state before this change.
            if shared_shown && !sharing {
                view.dispatch(ViewChange::Shared(Shared::default()));
            }
            let action = match (kind, index) {
                ("weight", Some(criterion)) => value
                    .parse()
                    .ok()
                    .map(|weight| Action::SetWeight { criterion, weight }),
                ("dec" | "inc", Some(criterion)) => Some(Action::StepWeight {
                    criterion,
                    up: kind == "inc",
                }),
                ("preset", _) => value.parse().ok().map(Action::ApplyPreset),
                ("reset", _) => Some(Action::Reset),
                ("show", Some(provider)) => Some(Action::ShowProvider(
                    (selected != Some(provider)).then_some(provider),
                )),
                ("close", _) => {
                    // Focus goes back to the name that opened the details.
                    if let Some(p) = selected.and_then(|i| dataset.providers.get(i)) {
                        focus_later([&prefix, "-open-", p.id.as_str()].concat());
                    }
                    Some(Action::ShowProvider(None))
                }
                ("uncertainty", _) => {
                    let u = value.parse::<u8>().unwrap_or(20).min(100);
                    view.dispatch(ViewChange::Uncertainty(u));
                    None
                }
                ("pair-a" | "pair-b", _) => {
                    let place = value.parse().unwrap_or(0);
                    view.dispatch(ViewChange::Pair(kind == "pair-b", place));
                    None
                }
                // The weights come with the act, computed by the report module that drew
                // the button; the reducer checks their count and range.
                ("apply-order", _) => key
                    .split(',')
                    .map(|w| w.parse().ok())
                    .collect::<Option<Vec<u8>>>()
                    .map(|weights| Action::SetWeights(weights.into())),
                ("compare", Some(provider)) => Some(Action::Compare {
                    provider,
                    on: value == "true",
                }),
                ("uncompare", Some(provider)) => {
                    // Focus moves to the next provider's button; to "Stop comparing" once
                    // fewer than two are left (the legend goes).
                    let left: Vec<usize> = compared
                        .iter()
                        .copied()
                        .filter(|&p| p != provider)
                        .collect();
                    let at = compared.iter().position(|&p| p == provider).unwrap_or(0);
                    let next = left.get(at).or(left.last()).filter(|_| left.len() > 1);
                    let id = match next.and_then(|&i| dataset.providers.get(i)) {
                        Some(p) => [&prefix, "-uncompare-", p.id.as_str()].concat(),
                        None => [&prefix, "-clear-compare"].concat(),
                    };
                    focus_later(id);
                    Some(Action::Compare {
                        provider,
                        on: false,
                    })
                }
                ("clear-compare", _) => {
                    if let Some(id) = &after_compare {
                        focus_later(id.clone());
                    }
                    Some(Action::ClearCompared)
                }
                ("copy-link", _) => {
                    copy_link(&i18n, &view, &live.borrow().fragment);
                    None
                }
                ("export-csv" | "export-scenario" | "print" | "import", _) => {
                    if !ready {
                        let loading = i18n.text(Msg::ReportLoading).to_owned();
                        view.dispatch(ViewChange::Shared(Shared::done(loading)));
                    }
                    let input = gloo::utils::document()
                        .get_element_by_id(&[&prefix, "-import"].concat())
                        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                    let (view, i18n, live) = (view.clone(), i18n.clone(), live.clone());
                    let (dispatcher, slot) = (dispatcher.clone(), print_slot.clone());
                    let kind = kind.to_owned();
                    fetch(Box::new(move |reports| {
                        take_away(&kind, reports, input, &live, &slot, dispatcher, view, &i18n)
                    }));
                    None
                }
                ("report-retry", Some(slot)) => {
                    // The button goes with the failure: focus moves to the view that replaces it.
                    let control = [
                        "-uncertainty",
                        "-close",
                        "-clear-compare",
                        "-apply-order",
                        "-clear",
                    ];
                    if let Some(control) = control.get(slot) {
                        focus_later([&prefix, *control].concat());
                    }
                    fetch(Box::new(|_| {}));
                    None
                }
                _ => {
                    if let Some(changed) = moved(&order, &act) {
                        view.dispatch(ViewChange::Order(changed));
                    }
                    requirements::action(&act, &value)
                }
            };
            if let Some(action) = action {
                dispatcher.dispatch(action);
            }
        }))
    };

    let mut notices = Markup::default();
    if !props.warnings.is_empty() {
        let items = &props.warnings;
        let title = i18n.format(Msg::DataWarnings, &[("count", &props.warnings.len())]);
        let details = Some(i18n.text(Msg::DataWarningsDetails));
        notice(&mut notices, &title, details, items, false);
    }
    if !state.fragment_problems.is_empty() {
        let mut items: Vec<String> = state
            .fragment_problems
            .iter()
            .map(|p| i18n.fragment_problem(p))
            .collect();
        if state.fragment_problems.iter().any(|p| p.voids_weights()) {
            items.push(i18n.text(Msg::FragmentDefaults).to_owned());
        }
        notice(
            &mut notices,
            i18n.text(Msg::FragmentIgnored),
            None,
            &items,
            false,
        );
    }
    // Built once per dataset and language, not on every slider move: the sliders must not
    // be replaced while dragged.
    let (weights_panel, footer) = (view.panel.clone(), view.footer.clone());
    let mut presets = Markup::default();
    preset_picker(
        &mut presets,
        i18n,
        &state.dataset,
        state.active_preset(),
        prefix,
    );
    method_controls(&mut presets, i18n, state.method, prefix);
    let filters_summary = match requirements::count(&state.filters) {
        0 => i18n.text(Msg::FiltersHeading).to_owned(),
        n => format!("{} ({n})", i18n.text(Msg::FiltersHeading)),
    };

    let mut results = Markup::default();
    // The report module's views, each asked for while it shows, once per state and
    // choice: not again when the live region speaks.
    // Each with the part of the state it shows, so that opening a provider does not run
    // the analysis again, say.
    // The fragment is made only for a view that shows (it is encoded again on every
    // slider step), with only the part of the state that view shows.
    let ask = |slot: usize, wanted: bool, request: String, part: Part| {
        if !wanted {
            return Html::default();
        }
        let fragment = match part {
            Part::Ranking => state.fragment_with(false, false),
            Part::Shown => state.fragment_with(false, true),
            Part::Compared => state.fragment_with(true, false),
            Part::Requirements => state.requirements_fragment(),
            Part::Nothing => String::new(),
        };
        live.borrow_mut()
            .answer(i18n, slot, &fragment, request, prefix)
    };
    let wanted = view.open[0] && state.ranking.is_ok();
    let request = format!("analysis:{uncertainty}:{}:{}", pair.0, pair.1);
    let analysed = ask(0, wanted, request, Part::Ranking);
    let detail = ask(1, state.selected.is_some(), "detail".into(), Part::Shown);
    let compared = !state.compared.is_empty();
    let side_by_side = ask(2, compared, "compare".into(), Part::Compared);
    // The panels in the controls: drawn while open, and whenever the report module is
    // here (so that their controls exist for whoever scripts the page).
    let ready = matches!(live.borrow().report, Report::Ready(_));
    let ordered: Vec<String> = order.iter().map(usize::to_string).collect();
    let request = ["order:", &ordered.join(",")].concat();
    let ordering = ask(3, view.open[1] || ready, request, Part::Nothing);
    let requirements = "requirements".into();
    let filters = ask(4, view.open[2] || ready, requirements, Part::Requirements);
    match &state.ranking {
        Ok(ranking) => {
            let (dataset, selected) = (&state.dataset, state.selected);
            ranking_table(
                &mut results,
                i18n,
                dataset,
                ranking,
                (selected, &state.compared),
                prefix,
            );
        }
        Err(_) => {
            results.raw("<p class=\"ecc-notice ecc-notice--error\" role=\"status\">");
            results.text(i18n.text(Msg::AllWeightsZero)).close("p");
        }
    }
    // The analysis (0), ordering (1) and requirements (2) come from the report module.
    let ontoggle = |panel: usize| {
        let view = view.dispatcher();
        Callback::from(move |e: Event| {
            let open = e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            view.dispatch(ViewChange::Open(panel, open))
        })
    };
    let none_left = state.ranking.as_ref().is_ok_and(|r| r.entries.is_empty());
    let screened = screening(
        i18n,
        &state.dataset,
        &state.excluded,
        state.method,
        none_left,
    );
    let mut share = Markup::default();
    share_controls(&mut share, i18n, &view.shared, prefix);
    let heading = [prefix, "-weights-heading"].concat();
    html! {
        <div class="ecc-compare" ref={root} onchange={on_act.clone()} oninput={on_act.reform(Event::from)}
            onclick={on_act.reform(Event::from)}>
            <p class="ecc-intro">{ i18n.text(Msg::AppIntro) }</p>
            <div class="ecc-notices">{ notices.into_html() }</div>
            <div class="ecc-layout">
                <section class="ecc-controls" aria-labelledby={heading.clone()}>
                    <h2 id={heading}>{ i18n.text(Msg::WeightsHeading) }</h2>
                    <div>{ presets.into_html() }</div>
                    <div>{ weights_panel }</div>
                    <details class="ecc-more ecc-elicit" ontoggle={ontoggle(1)}>
                        <summary>{ i18n.text(Msg::ElicitHeading) }</summary>
                        { ordering }
                    </details>
                    <details class="ecc-more ecc-requirements" open={view.open[2]}
                        ontoggle={ontoggle(2)}>
                        <summary>{ filters_summary }</summary>
                        { filters }
                    </details>
                </section>
                <section class="ecc-results">
                    <h2>{ i18n.text(Msg::ResultsHeading) }</h2>
                    <div>{ results.into_html() }</div>
                    <div class="ecc-screening">{ screened }</div>
                    // The one live region: the table itself is not live, which would read
                    // every row on every change.
                    <div class="ecc-visually-hidden" role="status">{ view.announced.clone() }</div>
                    <div class="ecc-compare-slot">{ side_by_side }</div>
                    <div class="ecc-detail-slot">{ detail }</div>
                    <details class="ecc-more ecc-analysis" ontoggle={ontoggle(0)}>
                        <summary>{ i18n.text(Msg::AnalysisHeading) }</summary>
                        { analysed }
                    </details>
                    { share.into_html() }
                </section>
            </div>
            { footer }
            <div class="ecc-print-slot" ref={view.print_slot.clone()}></div>
        </div>
    }
}

/// How long the ranking must stay still before it is announced, so that dragging a
/// slider does not read out every intermediate order.
const SETTLE_MS: u32 = 700;
/// How many leading providers the announcement names.
const ANNOUNCED: usize = 3;

/// What the visitor has arranged that is not shared in links.
#[derive(Debug, Clone, PartialEq)]
struct View {
    /// The criteria in the visitor's order of importance, for rank order centroid weights.
    order: Vec<usize>,
    /// Whether the analysis, ordering and requirements disclosures are open: the report
    /// module computes them then. The requirements are open at first when a shared link
    /// brings some; then the visitor decides.
    open: [bool; 3],
    /// For the rank acceptability, in percent.
    uncertainty: u8,
    /// The two providers compared, as positions in the ranking.
    pair: (usize, usize),
    /// What the live region says.
    announced: String,
    /// Bumped when the report module arrives or fails, to render what waited for it.
    report: u32,
    /// What the share and export controls say (a link copied, a file refused...).
    shared: Shared,
    /// Where the printed report goes, filled just before printing.
    print_slot: NodeRef,
    /// Written once (a widget's dataset and language do not change): the weight panel,
    /// which must not be replaced while a slider is dragged, and the footer.
    panel: Html,
    footer: Html,
    /// The widget's root element: the views under it are synced and refocused.
    root: NodeRef,
}

enum ViewChange {
    Order(Vec<usize>),
    /// A disclosure the report module fills (0 analysis, 1 ordering, 2 requirements)
    /// opened or closed.
    Open(usize, bool),
    Uncertainty(u8),
    /// The second provider (`true`) or the first, and its position in the ranking.
    Pair(bool, usize),
    Announce(String),
    /// The report module arrived or failed.
    Report,
    Shared(Shared),
}

impl Reducible for View {
    type Action = ViewChange;

    fn reduce(self: Rc<Self>, change: ViewChange) -> Rc<Self> {
        let mut view = (*self).clone();
        match change {
            ViewChange::Order(order) => view.order = order,
            ViewChange::Open(panel, open) => view.open[panel % 3] = open,
            ViewChange::Uncertainty(u) => view.uncertainty = u,
            ViewChange::Pair(second, place) => {
                if second {
                    view.pair.1 = place
                } else {
                    view.pair.0 = place
                }
            }
            ViewChange::Announce(message) => view.announced = message,
            ViewChange::Report => view.report += 1,
            ViewChange::Shared(shared) => view.shared = shared,
        }
        Rc::new(view)
    }
}

/// The part of the state a report view shows, and so the fragment it is asked with.
enum Part {
    /// Weights, method and requirements (the analysis).
    Ranking,
    /// The same and the provider open (the details).
    Shown,
    /// The same and the providers compared (side by side).
    Compared,
    /// The requirements alone (their panel).
    Requirements,
    /// Nothing (the ordering panel: its request says it all).
    Nothing,
}

/// Where the report module stands.
#[derive(Default)]
enum Report {
    /// Not asked for yet.
    #[default]
    Idle,
    /// Downloading; what is waiting for it.
    Loading(Vec<Waiting>),
    Ready(Rc<dyn Reports>),
    /// The download failed: the reason. Asking again retries.
    Failed(String),
}

/// Something to do with the report module once it is here, or with why it is not.
type Waiting = Box<dyn FnOnce(Result<&Rc<dyn Reports>, &str>)>;

/// What the widget keeps alive between renders: the announcement of a new ranking (once
/// it has stayed still for `SETTLE_MS`), the window's listeners (removed with the
/// widget), and the report module with its last answer for each view.
#[derive(Default)]
struct Live {
    /// `hashchange` and `beforeprint` on the window.
    listeners: Option<[gloo::events::EventListener; 2]>,
    report: Report,
    /// Per view (analysis, details, side by side, ordering, requirements): the fragment and
    /// request it answered,
    /// and the answer.
    answers: [Option<(String, Html)>; 5],
    /// The state's fragment at the last render: what an export made later is made of.
    fragment: String,
    /// The last message seen (`None` before the first ranking, which is not announced:
    /// nothing has changed yet).
    last: Option<String>,
    timer: Option<gloo::timers::callback::Timeout>,
}

impl Live {
    /// Called after each render: a message that differs from the last one restarts the wait.
    fn settle(&mut self, message: String, view: UseReducerDispatcher<View>) {
        if self.last.as_ref() == Some(&message) {
            return;
        }
        let first = self.last.replace(message.clone()).is_none();
        self.timer = (!first).then(|| {
            gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                view.dispatch(ViewChange::Announce(message))
            })
        });
    }
}

impl Live {
    /// The report module's answer for a view (`slot`), from the cache when the state and
    /// request are the same; a line saying it is on its way, or why it is not.
    fn answer(
        &mut self,
        i18n: &I18n,
        slot: usize,
        fragment: &str,
        request: String,
        prefix: &str,
    ) -> Html {
        let key = [fragment, "|", &request].concat();
        if let Some((k, html)) = &self.answers[slot] {
            if *k == key {
                return html.clone();
            }
        }
        let mut m = Markup::default();
        match &self.report {
            Report::Ready(reports) => match reports.answer(fragment, &request) {
                Ok(html) => {
                    let html = Html::from_html_unchecked(html.into());
                    self.answers[slot] = Some((key, html.clone()));
                    return html;
                }
                Err(e) => {
                    m.element("p", "ecc-notice ecc-notice--error", &e);
                }
            },
            Report::Failed(detail) => {
                let failed = i18n.format(Msg::ReportFailed, &[("detail", detail)]);
                let slot = slot.to_string();
                let id = [prefix, "-report-retry-", &slot].concat();
                let act = ["report-retry:", &slot].concat();
                failure(&mut m, &[&failed], i18n.text(Msg::Retry), (&id, &act));
            }
            // Not a status region: the widget has one (the announcements).
            Report::Idle | Report::Loading(_) => {
                m.element("p", "ecc-loading", i18n.text(Msg::ReportLoading));
            }
        }
        m.into_html()
    }
}

/// Runs `then` with the report module: now if it is here, once it arrives otherwise
/// (starting the download unless one is under way; a failed one is tried again).
fn with_report(
    live: &Rc<RefCell<Live>>,
    text: &Full,
    prefix: &AttrValue,
    view: &UseReducerDispatcher<View>,
    then: Waiting,
) {
    let mut l = live.borrow_mut();
    match &mut l.report {
        Report::Ready(reports) => {
            let reports = reports.clone();
            drop(l);
            then(Ok(&reports));
        }
        Report::Loading(waiting) => waiting.push(then),
        Report::Idle | Report::Failed(_) => {
            l.report = Report::Loading(vec![then]);
            drop(l);
            let (live, text, prefix, view) =
                (live.clone(), text.clone(), prefix.clone(), view.clone());
            view.dispatch(ViewChange::Report);
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = report_link::download(&text, &prefix).await;
                let waiting = match std::mem::take(&mut live.borrow_mut().report) {
                    Report::Loading(waiting) => waiting,
                    _ => Vec::new(),
                };
                match outcome {
                    Ok(reports) => {
                        live.borrow_mut().report = Report::Ready(reports.clone());
                        for then in waiting {
                            then(Ok(&reports));
                        }
                    }
                    Err(detail) => {
                        live.borrow_mut().report = Report::Failed(detail.clone());
                        for then in waiting {
                            then(Err(&detail));
                        }
                    }
                }
                view.dispatch(ViewChange::Report);
            });
        }
    }
}

/// Copies the page's address, with the whole state in its fragment, and says so (in the
/// live region and beside the button); where the browser refuses, shows the link to copy
/// by hand.
fn copy_link(i18n: &I18n, view: &UseReducerDispatcher<View>, fragment: &str) {
    let window = gloo::utils::window();
    let page = window.location().href().unwrap_or_default();
    let page = page.split('#').next().unwrap_or_default();
    let href = if fragment.is_empty() {
        page.to_owned()
    } else {
        [page, "#", fragment].concat()
    };
    // No clipboard on a page served without https (an intranet, a file): the field then.
    let promise = copy_text(&href);
    let (i18n, view) = (i18n.clone(), view.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let shared = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Shared::done(i18n.text(Msg::LinkCopied).to_owned()),
            Err(_) => Shared {
                message: i18n.text(Msg::LinkCopyByHand).to_owned(),
                link: Some(href),
                error: false,
            },
        };
        view.dispatch(ViewChange::Announce(shared.message.clone()));
        view.dispatch(ViewChange::Shared(shared));
    });
}

/// Exports, prints or loads a scenario (`kind` is the act) once the report module is here,
/// with the state as it is then, not as it was when the button was pressed; says in the
/// share panel what came of it, or that the module could not be downloaded.
#[allow(clippy::too_many_arguments)]
fn take_away(
    kind: &str,
    reports: Result<&Rc<dyn Reports>, &str>,
    input: Option<web_sys::HtmlInputElement>,
    live: &RefCell<Live>,
    slot: &NodeRef,
    dispatcher: UseReducerDispatcher<AppState>,
    view: UseReducerDispatcher<View>,
    i18n: &I18n,
) {
    let reports = match reports {
        Ok(reports) => reports,
        Err(detail) => {
            let failed = i18n.format(Msg::ReportFailed, &[("detail", &detail)]);
            return view.dispatch(ViewChange::Shared(Shared::error(failed)));
        }
    };
    let fragment = live.borrow().fragment.clone();
    if kind == "print" {
        fill_print(reports, &fragment, slot);
        let _ = gloo::utils::window().print();
        return view.dispatch(ViewChange::Shared(Shared::default()));
    }
    let action = kind.trim_start_matches("export-");
    let input = input.map(wasm_bindgen::JsValue::from).unwrap_or_default();
    settle(reports.run(action, &fragment, &input), dispatcher, view);
}

/// Says what a take-away action did once it is done, in the share panel and the live
/// region; applies the fragment a scenario file brought.
fn settle(
    done: js_sys::Promise,
    dispatcher: UseReducerDispatcher<AppState>,
    view: UseReducerDispatcher<View>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let shared = match wasm_bindgen_futures::JsFuture::from(done).await {
            Ok(said) => {
                let said = said.as_string().unwrap_or_default();
                let (message, fragment) = match said.split_once('\n') {
                    Some((message, fragment)) => (message, Some(fragment)),
                    None => (said.as_str(), None),
                };
                if let Some(fragment) = fragment {
                    dispatcher.dispatch(Action::ApplyFragment(fragment.to_owned()));
                }
                if !message.is_empty() {
                    view.dispatch(ViewChange::Announce(message.to_owned()));
                }
                Shared::done(message.to_owned())
            }
            Err(e) => Shared::error(reason(&e)),
        };
        view.dispatch(ViewChange::Shared(shared));
    });
}

/// Writes the printed report into its slot, directly: printing starts before the next
/// render would.
fn fill_print(reports: &Rc<dyn Reports>, fragment: &str, slot: &NodeRef) {
    if let (Some(slot), Ok(html)) = (
        slot.cast::<web_sys::Element>(),
        reports.answer(fragment, "print"),
    ) {
        slot.set_inner_html(&html);
    }
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
