//! One criterion's weight: a labelled slider, its value, and -/+ buttons.

use crate::i18n::{I18n, Msg};
use crate::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How far one press of - or + moves a weight.
const STEP: u8 = 5;

#[derive(Properties, PartialEq)]
pub struct WeightControlProps {
    /// The messages to show.
    pub i18n: I18n,
    /// The criterion's index in the dataset, passed back with every change.
    pub index: usize,
    /// The criterion's stable id (`data-criterion-id`, element ids).
    pub criterion_id: AttrValue,
    pub label: AttrValue,
    pub description: AttrValue,
    /// 0..=100.
    pub weight: u8,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Receives `SetWeight` on every input event and button press.
    pub on_action: Callback<Action>,
}

/// A native range input with a real label and the value in an `<output>`, plus buttons
/// to change it without dragging (WCAG 2.2 SC 2.5.7).
#[component]
pub fn WeightControl(props: &WeightControlProps) -> Html {
    let i18n = &props.i18n;
    let input_id = format!("{}-w-{}", props.id_prefix, props.criterion_id);
    let description_id = format!("{input_id}-description");
    let (index, weight) = (props.index, props.weight);
    let oninput = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(weight) = input.value().parse::<u8>() {
                on_action.emit(Action::SetWeight {
                    criterion: index,
                    weight,
                });
            }
        })
    };
    let step = |up: bool| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if up {
                weight.saturating_add(STEP).min(100)
            } else {
                weight.saturating_sub(STEP)
            };
            on_action.emit(Action::SetWeight {
                criterion: index,
                weight: next,
            });
        })
    };
    let label = &props.label;
    html! {
        <div class="ecc-weight">
            <label for={input_id.clone()}>{ label.clone() }</label>
            <p id={description_id.clone()} class="ecc-hint">{ props.description.clone() }</p>
            <div class="ecc-weight-row">
                <button type="button" class="ecc-step" data-criterion-id={props.criterion_id.clone()}
                    aria-label={i18n.format(Msg::DecreaseWeight, &[("criterion", label)])}
                    data-step="down" onclick={step(false)}>{ "−" }</button>
                <input type="range" id={input_id.clone()} min="0" max="100" step="1"
                    value={weight.to_string()} data-criterion-id={props.criterion_id.clone()}
                    aria-describedby={description_id} oninput={oninput} />
                <button type="button" class="ecc-step" data-criterion-id={props.criterion_id.clone()}
                    aria-label={i18n.format(Msg::IncreaseWeight, &[("criterion", label)])}
                    data-step="up" onclick={step(true)}>{ "+" }</button>
                <output for={input_id} class="ecc-weight-value">{ weight }</output>
            </div>
        </div>
    }
}
