//! The choice of a weights preset, with its source, and a reset to the default.

use super::markup::Markup;
use crate::i18n::{I18n, Msg};
use crate::state::{Action, DatasetHandle};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The value of the option shown while the weights match no preset.
const CUSTOM: &str = "custom";

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    /// The messages to show.
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// The preset whose weights are the current ones; `None` for custom weights.
    pub active: Option<usize>,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Receives `ApplyPreset` and `Reset`.
    pub on_action: Callback<Action>,
}

/// A labelled select of presets ("Custom weights" while the weights match none), the
/// chosen preset's description and source, and a reset button.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let i18n = &props.i18n;
    let lang = i18n.lang().to_owned();
    let id = format!("{}-preset", props.id_prefix);
    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(index) = select.value().parse::<usize>() {
                on_action.emit(Action::ApplyPreset(index));
            }
        })
    };
    let on_reset = props.on_action.reform(|_: MouseEvent| Action::Reset);
    // The select shows the active preset even after the visitor has used it: once an
    // option has been picked, its `selected` attribute no longer moves the selection, so
    // the property is set after each render.
    let select_ref = use_node_ref();
    let selected = props
        .active
        .map_or_else(|| CUSTOM.to_owned(), |i| i.to_string());
    {
        let select_ref = select_ref.clone();
        use_effect_with(selected.clone(), move |selected| {
            if let Some(select) = select_ref.cast::<HtmlSelectElement>() {
                select.set_value(selected);
            }
        });
    }
    let options = props
        .dataset
        .presets
        .iter()
        .enumerate()
        .map(|(index, preset)| {
            html! {
                <option value={index.to_string()} selected={props.active == Some(index)}>
                    { preset.label.get(&lang) }
                </option>
            }
        });
    // Read-only text and a link: escaped markup (see `markup`).
    let about = props
        .active
        .and_then(|i| props.dataset.presets.get(i))
        .map(|preset| {
            let mut m = Markup::default();
            m.element("p", "", preset.description.get(&lang));
            m.open("p", "").text(i18n.text(Msg::PresetSource)).text(" ");
            match &preset.source.url {
                Some(url) => m.link(url, &preset.source.title),
                None => m.text(&preset.source.title),
            };
            if let Some(date) = &preset.source.date {
                m.text(" (").text(date).text(")");
            }
            m.close("p");
            m.into_html()
        });
    html! {
        <div class="ecc-presets">
            <div class="ecc-preset-row">
                <label for={id.clone()}>{ i18n.text(Msg::PresetLabel) }</label>
                <select id={id} class="ecc-select" ref={select_ref} onchange={onchange}>
                    { for options }
                    // Always present (hidden while a preset is active), so the options
                    // keep their places and the select is never rebuilt.
                    <option value={CUSTOM} disabled=true hidden={props.active.is_some()}>
                        { i18n.text(Msg::PresetCustom) }
                    </option>
                </select>
                <button type="button" class="ecc-button" onclick={on_reset}>
                    { i18n.text(Msg::Reset) }
                </button>
            </div>
            // Always an element, never an absent node: yew rebuilds the siblings of a child
            // that appears or disappears, which would take focus from the reset button.
            <div class="ecc-preset-about">{ about }</div>
        </div>
    }
}
