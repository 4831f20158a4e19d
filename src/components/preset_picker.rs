//! The choice of a weights preset, with its source, and a reset to the default.

use super::use_i18n;
use crate::i18n::Msg;
use crate::state::DatasetHandle;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub dataset: DatasetHandle,
    /// The preset whose weights are the current ones; `None` for custom weights.
    pub active: Option<usize>,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Called with the index of the preset chosen.
    pub on_select: Callback<usize>,
    /// Called to go back to the default preset.
    pub on_reset: Callback<()>,
}

/// A labelled select of presets ("Custom weights" while the weights match none), the
/// chosen preset's description and source, and a reset button.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang().to_owned();
    let id = format!("{}-preset", props.id_prefix);
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(index) = select.value().parse::<usize>() {
                on_select.emit(index);
            }
        })
    };
    let on_reset = props.on_reset.clone();
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
    let about = props
        .active
        .and_then(|i| props.dataset.presets.get(i))
        .map(|preset| {
            let source = match &preset.source.url {
                Some(url) => html! { <a href={url.clone()}>{ &preset.source.title }</a> },
                None => html! { &preset.source.title },
            };
            let date = preset
                .source
                .date
                .as_ref()
                .map(|d| html! { <>{ " (" }{ d }{ ")" }</> });
            html! {
                <div class="ecc-preset-about">
                    <p>{ preset.description.get(&lang) }</p>
                    <p>{ i18n.text(Msg::PresetSource) }{ " " }{ source }{ for date }</p>
                </div>
            }
        });
    html! {
        <div class="ecc-presets">
            <div class="ecc-preset-row">
                <label for={id.clone()}>{ i18n.text(Msg::PresetLabel) }</label>
                <select id={id} class="ecc-select" onchange={onchange}>
                    { for options }
                    if props.active.is_none() {
                        <option value="custom" selected=true disabled=true>{ i18n.text(Msg::PresetCustom) }</option>
                    }
                </select>
                <button type="button" class="ecc-button" onclick={move |_| on_reset.emit(())}>
                    { i18n.text(Msg::Reset) }
                </button>
            </div>
            { for about }
        </div>
    }
}
