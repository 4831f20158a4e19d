//! A view the report module draws (`crate::report`): asked for with the part of the state
//! it shows, answered as markup whose controls carry an `Act` (`crate::protocol`), which
//! this component reads and hands on, typed, with the control's value.

use super::hooks::{Focus, Module, ReportModule};
use super::notice::Failure;
use crate::i18n::{I18n, Msg};
use crate::protocol::{Act, ElementId};
use crate::report::Request;
use crate::state::{AppState, Disclosure};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The views the report module draws into the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportPanel {
    /// How sure the ranking is (in its disclosure).
    Analysis,
    /// The open provider in full.
    Detail,
    /// The compared providers side by side.
    Compare,
    /// The criteria put in order, for weights from that order (in its disclosure).
    Ordering,
    /// The requirements (in their disclosure).
    Requirements,
}

/// What a view is asked: the state's fragment (only the part it shows, so that it is not
/// computed again when another part changes) and the request.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    pub fragment: AttrValue,
    pub request: AttrValue,
}

impl ReportPanel {
    /// The disclosure it is drawn in, if any (it is computed only while that is open).
    pub fn disclosure(self) -> Option<Disclosure> {
        match self {
            ReportPanel::Analysis => Some(Disclosure::Analysis),
            ReportPanel::Ordering => Some(Disclosure::Ordering),
            ReportPanel::Requirements => Some(Disclosure::Requirements),
            ReportPanel::Detail | ReportPanel::Compare => None,
        }
    }

    /// What it is asked while it shows; `None` while it does not. The ordering and
    /// requirements panels are also drawn whenever the module is here (`ready`), so that
    /// their controls exist for whoever scripts the page.
    pub fn asked(self, state: &AppState, ready: bool) -> Option<Asked> {
        let open = self
            .disclosure()
            .is_some_and(|d| state.arranged.open.get(d));
        let (fragment, request) = match self {
            ReportPanel::Analysis if open && state.ranking.is_ok() => {
                let (uncertainty, pair) = (state.arranged.uncertainty, state.arranged.pair);
                let request = Request::Analysis { uncertainty, pair };
                (state.fragment_with(false, false), request)
            }
            ReportPanel::Detail if state.selected.is_some() => {
                (state.fragment_with(false, true), Request::Detail)
            }
            ReportPanel::Compare if !state.compared.is_empty() => {
                (state.fragment_with(true, false), Request::Compare)
            }
            ReportPanel::Ordering if open || ready => {
                (String::new(), Request::Order(state.arranged.order.to_vec()))
            }
            ReportPanel::Requirements if open || ready => {
                (state.requirements_fragment(), Request::Requirements)
            }
            _ => return None,
        };
        Some(Asked {
            fragment: fragment.into(),
            request: request.to_string().into(),
        })
    }

    /// Its name in its "Try again" button's id.
    fn name(self) -> &'static str {
        match self {
            ReportPanel::Analysis => "analysis",
            ReportPanel::Detail => "detail",
            ReportPanel::Compare => "compare",
            ReportPanel::Ordering => "ordering",
            ReportPanel::Requirements => "requirements",
        }
    }

    /// Where focus goes once the view is back after "Try again": its first control.
    fn after_retry(self) -> ElementId<'static> {
        match self {
            ReportPanel::Analysis => ElementId::Uncertainty,
            ReportPanel::Detail => ElementId::Close,
            ReportPanel::Compare => ElementId::ClearCompare,
            ReportPanel::Ordering => ElementId::ApplyOrder,
            ReportPanel::Requirements => ElementId::ClearFilters,
        }
    }
}

/// A view's props.
#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub panel: ReportPanel,
    /// What it is asked now; nothing is drawn while `None`.
    pub asked: Option<Asked>,
    pub module: ReportModule,
    pub i18n: I18n,
    pub prefix: AttrValue,
    pub focus: Focus,
    /// A control of the view was used: its act and its value.
    pub on_act: Callback<(Act, String)>,
}

/// The answer, once per question and module: a line while the module is on its way, or
/// why it is not, with "Try again".
#[component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let answer = use_memo(
        (props.asked.clone(), props.module.status.clone()),
        |(asked, status)| match (asked, status) {
            (Some(asked), Module::Ready(reports)) => {
                // A view links nowhere: only the exports and the printed report do.
                Some(reports.answer(&asked.fragment, None, &asked.request))
            }
            _ => None,
        },
    );
    if props.asked.is_none() {
        return Html::default();
    }
    let i18n = &props.i18n;
    match (&*answer, &props.module.status) {
        (Some(Ok(markup)), _) => {
            let on_event = read_act(props.on_act.clone(), props.focus.clone());
            html! {
                <div class="ecc-report-view" onclick={on_event.reform(Event::from)} onchange={on_event.clone()}
                    oninput={on_event.reform(Event::from)}>
                    { Html::from_html_unchecked(AttrValue::from(markup.clone())) }
                </div>
            }
        }
        (Some(Err(e)), _) => html! { <p class="ecc-notice ecc-notice--error">{ e }</p> },
        (None, Module::Failed(detail)) => {
            let on_retry = {
                let (module, focus) = (props.module.clone(), props.focus.clone());
                let id = props.panel.after_retry().at(&props.prefix);
                Callback::from(move |()| {
                    // The button goes with the failure: focus moves to the view that replaces it.
                    focus.later(id.clone());
                    module.load()
                })
            };
            let failed = i18n.format(Msg::ReportFailed, &[("detail", detail)]);
            let id = ElementId::RetryView(props.panel.name()).at(&props.prefix);
            html! {
                <Failure lines={Rc::from([failed])} retry={AttrValue::from(i18n.text(Msg::Retry).to_owned())}
                    id={AttrValue::from(id)} {on_retry} />
            }
        }
        // Not a status region: the widget has one (the announcements).
        (None, _) => html! { <p class="ecc-loading">{ i18n.text(Msg::ReportLoading) }</p> },
    }
}

/// Reads the act of the markup control an event came from, with its value (a select's
/// value, a checkbox's `true` or `false`, a button's empty string). Clicks on selects and
/// checkboxes are left to their `change`, and only a slider's `input` counts. The view's
/// markup is drawn again after the change, so focus is asked back onto the control's id.
fn read_act(on_act: Callback<(Act, String)>, focus: Focus) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let Some(control) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-act]").ok().flatten())
        else {
            return;
        };
        let kind = event.type_();
        let is_button = control.tag_name().eq_ignore_ascii_case("button");
        let is_slider = control.get_attribute("type").as_deref() == Some("range");
        if (kind == "click") != is_button || (kind == "input" && !is_slider) {
            return;
        }
        let Some(Ok(act)) = control.get_attribute("data-act").map(|a| a.parse::<Act>()) else {
            return;
        };
        let value = if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
            select.value()
        } else if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
            if input.type_() == "checkbox" {
                input.checked().to_string()
            } else {
                input.value()
            }
        } else {
            String::new()
        };
        focus.later(control.id());
        // Handled here: no listener further out sees it again.
        event.stop_propagation();
        on_act.emit((act, value));
    })
}
