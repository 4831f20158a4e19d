//! A labelled `<select>`: the widget's one select control (presets, methods).

use std::rc::Rc;
use yew::prelude::*;

/// A select's props.
#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// The element id (its label points at it).
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, text) per option, in order.
    pub options: Rc<[(AttrValue, AttrValue)]>,
    /// The value of the selected option.
    pub current: AttrValue,
    /// The value the visitor chose.
    pub on_change: Callback<String>,
}

/// `<div class="ecc-field"><label for>…</label><select class="ecc-select">…</select></div>`.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            on_change.emit(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let options = props.options.iter().map(|(value, text)| {
        html! {
            <option value={value.clone()} selected={*value == props.current}>{ text }</option>
        }
    });
    html! {
        <div class="ecc-field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <select class="ecc-select" id={props.id.clone()} {onchange}>{ for options }</select>
        </div>
    }
}
