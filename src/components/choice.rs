//! Controls written as markup (see `markup`), and the one delegated handler that reads them.
//!
//! A control built with `html!` compiles to its own code; the requirement, ordering and
//! analysis panels hold some forty controls, which built that way cost the bundle more than
//! its whole budget had left. So their controls are markup with a `data-act` attribute, and
//! a single `change` and `click` listener on a stable ancestor turns an event into
//! `(act, value)`. A control whose markup is rewritten after a change loses focus with its
//! element, so the listener notes the control's id and `restore_focus`, run after each
//! render, puts focus back on the new element with that id.

use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

thread_local! {
    /// The id of the control the visitor last used, until focus is back on it.
    static FOCUSED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// What a delegated event says: the `data-act` of the control, and its value (a select's
/// value, a checkbox's "true" or "false", a button's empty string).
pub type Act = (String, String);

/// Reads an event from a markup control into an `Act`, or `None` for any other element.
pub fn act_of(event: &Event) -> Option<Act> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let control = target.closest("[data-act]").ok()??;
    let act = control.get_attribute("data-act")?;
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
    focus_later(control.id());
    Some((act, value))
}

/// Puts focus on the element with `id` after the next render (once it exists).
pub fn focus_later(id: String) {
    FOCUSED.with(|f| *f.borrow_mut() = Some(id));
}

/// A callback for `onchange`, `oninput` and `onclick` that passes on the acts of markup controls
/// (clicks on selects and checkboxes are left to their `change`, and only a slider's
/// `input` counts: a select, a checkbox or a file input would act twice).
pub fn delegate(on_act: Callback<Act>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let kind = event.type_();
        let control = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-act]").ok().flatten());
        let is_button = control
            .as_ref()
            .is_some_and(|c| c.tag_name().eq_ignore_ascii_case("button"));
        let is_slider =
            control.is_some_and(|c| c.get_attribute("type").as_deref() == Some("range"));
        if (kind == "click") == is_button && (kind != "input" || is_slider) {
            if let Some(act) = act_of(&event) {
                // Handled here: a listener further out (the app's) must not see it again.
                event.stop_propagation();
                on_act.emit(act);
            }
        }
    })
}

/// Puts focus back on the control last used, once its new element is under `root` (the
/// widget); stops trying once focus is elsewhere than the page body.
pub fn restore_focus(root: &Element) {
    let Some(id) = FOCUSED.with(|f| f.borrow().clone()) else {
        return;
    };
    let active = gloo::utils::document().active_element();
    let on_body = active
        .as_ref()
        .is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"));
    if !on_body {
        FOCUSED.with(|f| *f.borrow_mut() = None);
        return;
    }
    let Ok(controls) = root.query_selector_all("[data-act]") else {
        return;
    };
    let found = (0..controls.length())
        .filter_map(|i| controls.item(i)?.dyn_into::<Element>().ok())
        .find(|c| c.id() == id);
    // A button disabled by the change (moved to the top, say) hands focus to its
    // neighbour that can still be used.
    let element = found.and_then(|e| {
        if e.has_attribute("disabled") {
            e.parent_element()?
                .query_selector("[data-act]:not([disabled])")
                .ok()?
        } else {
            Some(e)
        }
    });
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
        FOCUSED.with(|f| *f.borrow_mut() = None);
    }
}
