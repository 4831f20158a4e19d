//! The widget's side effects, each a named hook with its dependencies: the URL fragment
//! follows the state (`use_fragment_sync`), a settled ranking is announced
//! (`use_announcement`), the report module is downloaded once it is needed
//! (`use_report_module`), ranking rows glide to their new places (`use_row_motion`), and
//! focus moves where an action sends it (`use_focus`).

use super::report_link::{self, Full, ReportSource, Reports};
use crate::state::{Action, AppState, Settings};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[wasm_bindgen(module = "/src/components/page.js")]
extern "C" {
    #[wasm_bindgen(js_name = flipRows)]
    fn flip_rows(body: &web_sys::Element);
}

/// How long the state must stay the same before the address bar's fragment follows it.
/// Writing the address costs Chromium 1 to 5 ms a time, which would sit between every
/// slider step and the updated ranking, and browsers drop or refuse writes past about 200
/// in 10 seconds (whatwg/html#11844), which dragging a slider reaches. A link is never
/// read from the address bar (sharing and the reports build it from the state), so only a
/// reload or a copied address waits for it.
pub const FRAGMENT_DELAY_MS: u32 = 250;

/// Keeps the address bar's fragment on the state (with `history.replaceState`, so that
/// moving a slider adds no history entry per step), `FRAGMENT_DELAY_MS` after the last
/// change or when the page is left (`pagehide`), whichever comes first; and applies a
/// fragment edited by hand or a shared link opened in the same tab (`hashchange`). The
/// address bar is written only while it holds what this hook last knew of it: a fragment
/// changed by the visitor whose `hashchange` has not arrived yet is not overwritten by the
/// state it will replace; `opened` is what it held when the page was opened, known from
/// the start (else a link opened in the tab before the first write would be overwritten).
///
/// Off (`follow: false`) in a widget embedded as an element, whose page's address belongs
/// to the portal (and which may hold several widgets).
#[hook]
pub fn use_fragment_sync(
    fragment: String,
    opened: &str,
    dispatcher: UseReducerDispatcher<AppState>,
    follow: bool,
) {
    let address = use_mut_ref(|| Address::at(opened));
    {
        let address = address.clone();
        use_effect_with(fragment, move |fragment| {
            let timer = follow.then(|| {
                address.borrow_mut().pending = Some(fragment.clone());
                gloo::timers::callback::Timeout::new(FRAGMENT_DELAY_MS, move || {
                    address.borrow_mut().write()
                })
            });
            move || drop(timer)
        });
    }
    use_effect_with((), move |_| {
        let listeners = follow.then(|| {
            let window = gloo::utils::window();
            let left = address.clone();
            let leaving = gloo::events::EventListener::new(&window, "pagehide", move |_| {
                left.borrow_mut().write()
            });
            let edited = gloo::events::EventListener::new(&window, "hashchange", move |_| {
                if let Ok(hash) = gloo::utils::window().location().hash() {
                    // The visitor's address replaces whatever was waiting to be written.
                    *address.borrow_mut() = Address::at(&hash);
                    dispatcher.dispatch(Action::ApplyFragment(hash));
                }
            });
            (leaving, edited)
        });
        move || drop(listeners)
    });
}

/// Applies an embedding element's attributes whenever they change (the first ones made
/// the state the widget started in).
#[hook]
pub fn use_settings(settings: Option<Settings>, dispatcher: UseReducerDispatcher<AppState>) {
    let applied = use_mut_ref(|| settings.clone());
    use_effect_with(settings, move |settings| {
        let mut applied = applied.borrow_mut();
        if *applied != *settings {
            applied.clone_from(settings);
            if let Some(settings) = settings.clone() {
                dispatcher.dispatch(Action::Configure(settings));
            }
        }
    });
}

/// Marks the widget's root `data-ready` once it has started: its listeners are attached
/// and it answers the visitor (until then a page built by `make dist` shows its
/// pre-rendered ranking, which looks the same). Effects run in order, so this runs after
/// the widget's other start-up effects.
#[hook]
pub fn use_ready(root: NodeRef) {
    use_effect_with((), move |_| {
        if let Some(root) = root.cast::<web_sys::Element>() {
            let _ = root.set_attribute("data-ready", "");
        }
    });
}

/// The address bar's fragment as `use_fragment_sync` sees it.
struct Address {
    /// What the address bar holds as far as the hook knows (opened at, written by it, or
    /// applied), without its `#`.
    known: String,
    /// The state's fragment, not written yet.
    pending: Option<String>,
}

impl Address {
    /// The address bar holding `hash` (with or without its `#`), nothing to write.
    fn at(hash: &str) -> Address {
        Address {
            known: hash.trim_start_matches('#').to_owned(),
            pending: None,
        }
    }

    /// Writes the pending fragment, unless the visitor has changed the address since.
    fn write(&mut self) {
        let Some(fragment) = self.pending.take() else {
            return;
        };
        let current = gloo::utils::window().location().hash().unwrap_or_default();
        let current = current.trim_start_matches('#');
        let changed_by_visitor = self.known != current && current != fragment;
        if !changed_by_visitor {
            replace_fragment(&fragment);
            self.known = fragment;
        }
    }
}

/// How long the ranking must stay still before it is announced, so that dragging a
/// slider does not read out every intermediate order.
pub const SETTLE_MS: u32 = 700;

/// What the live region says: `message` (who leads) once it has stayed the same for
/// `SETTLE_MS`, not at first (nothing has changed yet); or, at once, what the callback is
/// given (a link copied, a file loaded).
#[hook]
pub fn use_announcement(message: String) -> (AttrValue, Callback<String>) {
    let said = use_state(AttrValue::default);
    let first = use_mut_ref(|| true);
    {
        let said = said.clone();
        use_effect_with(message, move |message| {
            let timer = (!first.replace(false)).then(|| {
                let message = AttrValue::from(message.clone());
                gloo::timers::callback::Timeout::new(SETTLE_MS, move || said.set(message))
            });
            move || drop(timer)
        });
    }
    let say = {
        let said = said.clone();
        use_callback((), move |message: String, _| {
            said.set(AttrValue::from(message))
        })
    };
    ((*said).clone(), say)
}

/// Where the report module stands.
#[derive(Clone, Default)]
pub enum Module {
    /// Not asked for yet.
    #[default]
    Idle,
    Loading,
    Ready(Rc<dyn Reports>),
    /// The download failed: the browser's reason. Asking again retries.
    Failed(AttrValue),
}

impl PartialEq for Module {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Module::Ready(a), Module::Ready(b)) => Rc::ptr_eq(a, b),
            (Module::Failed(a), Module::Failed(b)) => a == b,
            (Module::Idle, Module::Idle) | (Module::Loading, Module::Loading) => true,
            _ => false,
        }
    }
}

/// Something to do with the report module once it is here, or with why it is not.
pub type Waiting = Box<dyn FnOnce(Result<Rc<dyn Reports>, AttrValue>)>;

/// The report module for one widget: where it stands (for the views), and `with`, which
/// runs a task with it now or once it has arrived (starting the download when none is
/// under way; a failed one is tried again).
#[derive(Clone, PartialEq)]
pub struct ReportModule {
    pub status: Module,
    with: Callback<Waiting>,
}

impl ReportModule {
    pub fn with(&self, then: impl FnOnce(Result<Rc<dyn Reports>, AttrValue>) + 'static) {
        self.with.emit(Box::new(then))
    }

    /// Starts the download if the module is not here (or failed), and does nothing else.
    pub fn load(&self) {
        self.with(|_| {})
    }
}

/// The report module: linked in (component tests) or downloaded on first use, with this
/// widget's data file (`full`).
#[hook]
pub fn use_report_module(source: &ReportSource, full: &Full, prefix: &AttrValue) -> ReportModule {
    let linked = match source {
        ReportSource::Linked(reports) => Module::Ready(reports.clone()),
        _ => Module::Idle,
    };
    let status = use_state(move || linked);
    let waiting: Rc<RefCell<Vec<Waiting>>> = use_mut_ref(Vec::new);
    let with = {
        let (status, full, prefix) = (status.clone(), full.clone(), prefix.clone());
        use_callback(
            ((*status).clone(), full, prefix),
            move |then: Waiting, (current, full, prefix)| {
                if let Module::Ready(reports) = current {
                    return then(Ok(reports.clone()));
                }
                // A download is under way while something waits for it.
                let under_way = !waiting.borrow().is_empty();
                waiting.borrow_mut().push(then);
                if under_way {
                    return;
                }
                status.set(Module::Loading);
                let (status, waiting) = (status.clone(), waiting.clone());
                let (full, prefix) = (full.clone(), prefix.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let outcome = report_link::download(&full, &prefix)
                        .await
                        .map_err(AttrValue::from);
                    let tasks = std::mem::take(&mut *waiting.borrow_mut());
                    status.set(match &outcome {
                        Ok(reports) => Module::Ready(reports.clone()),
                        Err(detail) => Module::Failed(detail.clone()),
                    });
                    for then in tasks {
                        then(outcome.clone());
                    }
                });
            },
        )
    };
    ReportModule {
        status: (*status).clone(),
        with,
    }
}

/// After a render that re-ordered the rows of `body` (a ranking's `<tbody>`), animates
/// each row from its last place to its new one (transforms only, set through the CSSOM,
/// which a strict Content-Security-Policy allows; not under `prefers-reduced-motion`).
#[hook]
pub fn use_row_motion(body: NodeRef, order: Rc<[usize]>) {
    use_effect_with(order, move |_| {
        if let Some(body) = body.cast::<web_sys::Element>() {
            flip_rows(&body);
        }
    });
}

/// Where focus goes after an action that removes the control used (closing the details,
/// taking a provider out, a report view replaced): an element id, focused after the next
/// render once the element exists.
#[derive(Clone, Default)]
pub struct Focus(Rc<RefCell<Option<String>>>);

impl PartialEq for Focus {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Focus {
    pub fn later(&self, id: String) {
        *self.0.borrow_mut() = Some(id);
    }
}

/// Focus that `Focus::later` asked for, put on its element under `root` after each render
/// (kept until the element exists: a report view may arrive a render later). A disabled
/// button (moved to the top, say) hands focus to its first enabled sibling button.
#[hook]
pub fn use_focus(root: NodeRef) -> Focus {
    let focus = use_memo((), |_| Focus::default());
    let pending = focus.clone();
    use_effect(move || {
        let Some(id) = pending.0.borrow().clone() else {
            return;
        };
        let found = root
            .cast::<web_sys::Element>()
            .and_then(|root| root.query_selector(&["[id=\"", &id, "\"]"].concat()).ok()?);
        let element = found.and_then(|e| {
            if e.has_attribute("disabled") {
                e.parent_element()?
                    .query_selector("button:not([disabled])")
                    .ok()?
            } else {
                Some(e)
            }
        });
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
            *pending.0.borrow_mut() = None;
        }
    });
    (*focus).clone()
}

/// Writes the fragment into the address bar; an empty fragment removes the `#`.
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
        [path, search].concat()
    } else {
        ["#", fragment].concat()
    };
    // A failure here (a sandboxed iframe, say) only means the link is not updated.
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}
