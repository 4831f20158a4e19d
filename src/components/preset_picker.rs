//! The choice of a weights preset, with its source, and a reset to the default.

use super::select::Select;
use crate::data::PresetSource;
use crate::i18n::{I18n, Msg};
use crate::protocol::ElementId;
use crate::state::DatasetHandle;
use std::rc::Rc;
use yew::prelude::*;

/// The picker's props.
#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// The preset whose weights are the current ones, if any.
    pub active: Option<usize>,
    pub prefix: AttrValue,
    /// A preset was chosen (by index).
    pub on_preset: Callback<usize>,
    /// Back to the default preset.
    pub on_reset: Callback<()>,
}

/// A labelled select of presets ("Custom weights", last, while the weights match none),
/// a reset button, and the chosen preset's description and source.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let (i18n, dataset) = (&props.i18n, &props.dataset);
    let lang = i18n.lang();
    let options: Rc<[(AttrValue, AttrValue)]> = {
        let custom = props.active.is_none().then(|| {
            let text = AttrValue::from(i18n.text(Msg::PresetCustom).to_owned());
            (AttrValue::Static("custom"), text)
        });
        let presets = dataset.presets.iter().enumerate().map(|(i, p)| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::from(p.label.get(lang).to_owned()),
            )
        });
        presets.chain(custom).collect()
    };
    let current = props.active.map_or(AttrValue::Static("custom"), |i| {
        AttrValue::from(i.to_string())
    });
    // "custom" is not a choice: it only says that the weights match no preset.
    let on_change = {
        let on_preset = props.on_preset.clone();
        Callback::from(move |value: String| {
            if let Ok(preset) = value.parse::<usize>() {
                on_preset.emit(preset)
            }
        })
    };
    let on_reset = props.on_reset.reform(|_: MouseEvent| ());
    let about = props
        .active
        .and_then(|i| dataset.presets.get(i))
        .map(|preset| {
            html! {
                <>
                    <p>{ preset.description.get(lang) }</p>
                    <SourceLine lead={AttrValue::from(i18n.text(Msg::PresetSource).to_owned())}
                        source={Rc::new(preset.source.clone())} />
                </>
            }
        });
    let id = |element: ElementId| AttrValue::from(element.at(&props.prefix));
    html! {
        <div class="ecc-presets">
            <div class="ecc-preset-row">
                <Select id={id(ElementId::Preset)} options={options} current={current}
                    label={AttrValue::from(i18n.text(Msg::PresetLabel).to_owned())} {on_change} />
                <button type="button" class="ecc-button" id={id(ElementId::Reset)}
                    onclick={on_reset}>{ i18n.text(Msg::Reset) }</button>
            </div>
            <div class="ecc-preset-about">{ for about }</div>
        </div>
    }
}

/// A source line's props.
#[derive(Properties, PartialEq)]
pub struct SourceLineProps {
    /// What the line says first ("Source of these weights:").
    pub lead: AttrValue,
    pub source: Rc<PresetSource>,
}

/// "Source of these weights: <title, linked> (date)".
#[component]
pub fn SourceLine(props: &SourceLineProps) -> Html {
    let source = &props.source;
    let title = match &source.url {
        Some(url) => html! { <a href={url.clone()}>{ &source.title }</a> },
        None => html! { { &source.title } },
    };
    html! {
        <p>
            { &props.lead }{ " " }{ title }
            if let Some(date) = &source.date { { " (" }{ date }{ ")" } }
        </p>
    }
}
