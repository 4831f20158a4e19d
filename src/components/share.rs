//! Taking the result away: copy the link, download the ranking (CSV) or the scenario
//! (JSON), load a scenario file back, print. The files are made by the report module
//! (`crate::report`), with the state as it is when they run (the module may arrive after
//! the click), not as it was when the button was pressed.

use super::hooks::ReportModule;
use super::report_link::{reason, Reports};
use crate::i18n::{I18n, Msg};
use crate::protocol::ElementId;
use crate::state::Action;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[wasm_bindgen(module = "/src/components/page.js")]
extern "C" {
    /// A promise that the text is copied (rejected where the page has no clipboard).
    #[wasm_bindgen(js_name = copyText)]
    fn copy_text(text: &str) -> js_sys::Promise;
}

/// What the panel says after the visitor used it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shared {
    pub message: String,
    /// The link to copy by hand, when the browser would not copy it.
    pub link: Option<String>,
    /// Whether the message is a failure (shown as an alert).
    pub error: bool,
}

impl Shared {
    pub fn done(message: String) -> Shared {
        Shared {
            message,
            ..Shared::default()
        }
    }

    pub fn error(message: String) -> Shared {
        Shared {
            message,
            link: None,
            error: true,
        }
    }
}

/// The page a link to a state of the widget opens: one that shows the widget, with the
/// same data file, and reads the state from its fragment.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum LinkPage {
    /// This page, the standalone one or the one a portal frames: its address as it is.
    #[default]
    Here,
    /// Another page, by its address: the one an element names (`link`), or the standalone
    /// page published beside the widget.
    At(AttrValue),
    /// None: an element showing a portal's own data file without naming a page. "Copy
    /// link" is not offered, and the exports and printed report carry no link.
    Nowhere,
}

impl LinkPage {
    /// The page's address without its fragment, now.
    pub fn address(&self) -> Option<String> {
        match self {
            LinkPage::Here => {
                let href = gloo::utils::window().location().href().unwrap_or_default();
                Some(href.split('#').next().unwrap_or_default().to_owned())
            }
            LinkPage::At(page) => Some(page.to_string()),
            LinkPage::Nowhere => None,
        }
    }
}

/// What a take-away is made of, as it is when it runs (the report module may arrive
/// after the click).
#[derive(Default)]
struct Latest {
    /// The state's fragment.
    fragment: String,
    link: LinkPage,
}

impl Latest {
    fn page(&self) -> Option<String> {
        self.link.address()
    }
}

/// What a visitor can take away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakeAway {
    CopyLink,
    Csv,
    Scenario,
    Print,
    /// Loads the scenario file chosen in the panel's file input.
    Import,
}

impl TakeAway {
    /// The buttons, in order, with their ids' names and texts.
    const BUTTONS: [(TakeAway, &'static str, Msg); 4] = [
        (TakeAway::CopyLink, "copy-link", Msg::CopyLink),
        (TakeAway::Csv, "export-csv", Msg::ExportCsv),
        (TakeAway::Scenario, "export-scenario", Msg::ExportScenario),
        (TakeAway::Print, "print", Msg::PrintReport),
    ];
}

/// The panel's props.
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub i18n: I18n,
    pub prefix: AttrValue,
    /// The state's fragment now: what a link or file is made of.
    pub fragment: AttrValue,
    pub module: ReportModule,
    /// Where the printed report goes, filled just before printing.
    pub print_slot: NodeRef,
    /// Applies the state a scenario file brought.
    pub dispatch: Callback<Action>,
    /// Says something in the live region.
    pub say: Callback<String>,
    /// The page a link to the state opens; without one, no "Copy link".
    #[prop_or_default]
    pub link: LinkPage,
}

/// Copy link, CSV, scenario, print, and load a scenario (a file input); what the last use
/// said, shown until the state changes.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let i18n = &props.i18n;
    // What was said: it goes with the next change of the state, which it was not about,
    // unless that change is the one it reports (a scenario loaded).
    let shared = use_state_eq(Shared::default);
    let keep = use_mut_ref(|| false);
    {
        let (shared, keep) = (shared.clone(), keep.clone());
        use_effect_with(props.fragment.clone(), move |_| {
            if !keep.replace(false) {
                shared.set(Shared::default())
            }
        });
    }
    // The latest state, for a task that runs once the report module has arrived.
    let latest = use_mut_ref(Latest::default);
    latest.replace(Latest {
        fragment: props.fragment.to_string(),
        link: props.link.clone(),
    });
    use_before_print(&props.module, latest.clone(), props.print_slot.clone());
    let id = |element: ElementId| element.at(&props.prefix);
    let import = use_node_ref();
    let taker = Taker {
        i18n: i18n.clone(),
        module: props.module.clone(),
        say: props.say.clone(),
        dispatch: props.dispatch.clone(),
        slot: props.print_slot.clone(),
        import: import.clone(),
        shared: shared.clone(),
        keep,
        latest,
    };
    let take = Rc::new(move |what: TakeAway| taker.take(what));
    let linked = props.link != LinkPage::Nowhere;
    let buttons = TakeAway::BUTTONS.iter();
    let buttons = buttons.filter(|&&(what, ..)| linked || what != TakeAway::CopyLink);
    let buttons = buttons.map(|&(what, name, msg)| {
        let take = take.clone();
        html! {
            <button type="button" class="ecc-button" id={[&props.prefix, "-", name].concat()}
                onclick={Callback::from(move |_: MouseEvent| take(what))}>{ i18n.text(msg) }</button>
        }
    });
    let on_import = {
        let take = take.clone();
        Callback::from(move |_: Event| take(TakeAway::Import))
    };
    let said = Some(&*shared).filter(|s| **s != Shared::default());
    let message = said.filter(|s| !s.message.is_empty()).map(|s| {
        if s.error {
            html! { <p class="ecc-notice ecc-notice--error" role="alert">{ &s.message }</p> }
        } else {
            html! { <p class="ecc-share-status">{ &s.message }</p> }
        }
    });
    let link = said.and_then(|s| s.link.clone()).map(|link| {
        html! {
            <div class="ecc-field">
                <label for={id(ElementId::Link)}>{ i18n.text(Msg::LinkLabel) }</label>
                <input type="text" readonly=true class="ecc-link-text" id={id(ElementId::Link)}
                    value={link} />
            </div>
        }
    });
    html! {
        <section class="ecc-share" aria-labelledby={id(ElementId::ShareHeading)}>
            <h3 tabindex="-1" id={id(ElementId::ShareHeading)}>{ i18n.text(Msg::ShareHeading) }</h3>
            <div class="ecc-share-buttons">{ for buttons }</div>
            <div class="ecc-field ecc-import">
                <label for={id(ElementId::Import)}>{ i18n.text(Msg::ImportScenario) }</label>
                <input type="file" accept=".json,application/json" id={id(ElementId::Import)}
                    ref={import} onchange={on_import} />
            </div>
            { for message }
            { for link }
        </section>
    }
}

/// What a take-away needs once the report module is here.
struct Taker {
    i18n: I18n,
    module: ReportModule,
    say: Callback<String>,
    dispatch: Callback<Action>,
    slot: NodeRef,
    import: NodeRef,
    shared: UseStateHandle<Shared>,
    /// Set while a scenario's fragment is applied: what is said survives that change.
    keep: Rc<RefCell<bool>>,
    /// The state now.
    latest: Rc<RefCell<Latest>>,
}

impl Taker {
    /// Says in the panel, and in the live region unless it is a failure, what came of it.
    fn tell(&self) -> Callback<Shared> {
        let (shared, say) = (self.shared.clone(), self.say.clone());
        Callback::from(move |said: Shared| {
            if !said.message.is_empty() && !said.error {
                say.emit(said.message.clone());
            }
            shared.set(said)
        })
    }

    fn take(&self, what: TakeAway) {
        let (tell, i18n) = (self.tell(), self.i18n.clone());
        if what == TakeAway::CopyLink {
            return copy_link(&i18n, &self.latest.borrow(), tell);
        }
        if !matches!(self.module.status, super::hooks::Module::Ready(_)) {
            tell.emit(Shared::done(i18n.text(Msg::ReportLoading).to_owned()));
        }
        let input = self.import.cast::<web_sys::HtmlInputElement>();
        let (latest, slot) = (self.latest.clone(), self.slot.clone());
        let (dispatch, keep) = (self.dispatch.clone(), self.keep.clone());
        self.module.with(move |reports| {
            let reports = match reports {
                Ok(reports) => reports,
                Err(detail) => {
                    let failed = i18n.format(Msg::ReportFailed, &[("detail", &detail)]);
                    return tell.emit(Shared::error(failed));
                }
            };
            let latest = latest.borrow();
            let action = match what {
                TakeAway::Print => {
                    fill_print(&reports, &latest, &slot);
                    let _ = gloo::utils::window().print();
                    return tell.emit(Shared::default());
                }
                TakeAway::Csv => "csv",
                TakeAway::Scenario => "scenario",
                TakeAway::Import | TakeAway::CopyLink => "import",
            };
            let input = input.map(JsValue::from).unwrap_or_default();
            let (fragment, page) = (&latest.fragment, latest.page());
            let done = reports.run(action, fragment, page.as_deref(), &input);
            settle(done, dispatch, keep, tell);
        });
    }
}

/// Printing from the browser's menu prints the report too, brought up to date, once the
/// report module is here (the print button fetches it).
#[hook]
fn use_before_print(module: &ReportModule, latest: Rc<RefCell<Latest>>, slot: NodeRef) {
    let ready = match &module.status {
        super::hooks::Module::Ready(reports) => Some(reports.clone()),
        _ => None,
    };
    use_effect_with(ready.map(Ready), move |ready| {
        let listener = ready.clone().map(|Ready(reports)| {
            let window = gloo::utils::window();
            gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                fill_print(&reports, &latest.borrow(), &slot)
            })
        });
        move || drop(listener)
    });
}

/// The report module, compared by identity (a hook dependency).
#[derive(Clone)]
struct Ready(Rc<dyn Reports>);

impl PartialEq for Ready {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Copies the link page's address (`LinkPage`), with the whole state in its fragment, and
/// says so; where the browser refuses (no clipboard on a page served without https), gives
/// the link to copy by hand.
fn copy_link(i18n: &I18n, latest: &Latest, tell: Callback<Shared>) {
    let Some(page) = latest.page() else {
        return;
    };
    let href = crate::state::link(&page, &latest.fragment);
    let promise = copy_text(&href);
    let i18n = i18n.clone();
    wasm_bindgen_futures::spawn_local(async move {
        tell.emit(match JsFuture::from(promise).await {
            Ok(_) => Shared::done(i18n.text(Msg::LinkCopied).to_owned()),
            Err(_) => Shared {
                message: i18n.text(Msg::LinkCopyByHand).to_owned(),
                link: Some(href),
                error: false,
            },
        });
    });
}

/// Says what a take-away action did once it is done; applies the fragment a scenario
/// file brought (and `keep`s what is said through that change).
fn settle(
    done: js_sys::Promise,
    dispatch: Callback<Action>,
    keep: Rc<RefCell<bool>>,
    tell: Callback<Shared>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        tell.emit(match JsFuture::from(done).await {
            Ok(said) => {
                let said = said.as_string().unwrap_or_default();
                let (message, fragment) = match said.split_once('\n') {
                    Some((message, fragment)) => (message, Some(fragment)),
                    None => (said.as_str(), None),
                };
                if let Some(fragment) = fragment {
                    keep.replace(true);
                    dispatch.emit(Action::ApplyFragment(fragment.to_owned()));
                }
                Shared::done(message.to_owned())
            }
            Err(e) => Shared::error(reason(&e)),
        });
    });
}

/// Writes the printed report into its slot, directly: printing starts before the next
/// render would.
fn fill_print(reports: &Rc<dyn Reports>, latest: &Latest, slot: &NodeRef) {
    let page = latest.page();
    if let (Some(slot), Ok(html)) = (
        slot.cast::<web_sys::Element>(),
        reports.answer(&latest.fragment, page.as_deref(), "print"),
    ) {
        slot.set_inner_html(&html);
    }
}
