//! The weight controls, grouped as the data file groups its criteria: one
//! `WeightControl` per criterion, keyed by its id. A control's element is never replaced,
//! so the slider being dragged keeps its pointer and focus, and its value follows the
//! state through its props.

use crate::i18n::{I18n, Msg};
use crate::protocol::ElementId;
use crate::state::DatasetHandle;
use std::rc::Rc;
use yew::prelude::*;

/// The panel's props.
#[derive(Properties, PartialEq)]
pub struct WeightPanelProps {
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// One weight 0..=100 per criterion, in the dataset's order.
    pub weights: Rc<[u8]>,
    pub prefix: AttrValue,
    /// A slider moved: the criterion (index) and its new weight.
    pub on_weight: Callback<(usize, u8)>,
    /// A − or + button: the criterion and whether up.
    pub on_step: Callback<(usize, bool)>,
}

/// One `<fieldset>` per group of criteria, with its `<legend>`.
#[component]
pub fn WeightPanel(props: &WeightPanelProps) -> Html {
    let lang = props.i18n.lang();
    let dataset = &props.dataset;
    let groups = dataset.groups.iter().enumerate().map(|(group, g)| {
        let controls = dataset
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| c.group == group)
            .map(|(index, c)| {
                html! {
                    <WeightControl key={c.id.as_str()} index={index} weight={props.weights[index]}
                        id={AttrValue::from(c.id.clone())}
                        label={AttrValue::from(c.label.get(lang).to_owned())}
                        description={AttrValue::from(c.description.get(lang).to_owned())}
                        i18n={props.i18n.clone()} prefix={props.prefix.clone()}
                        on_weight={props.on_weight.clone()} on_step={props.on_step.clone()} />
                }
            });
        html! {
            <fieldset class="ecc-group" key={g.id.as_str()}>
                <legend>{ g.label.get(lang) }</legend>
                { for controls }
            </fieldset>
        }
    });
    html! {
        <div class="ecc-weights">
            <p class="ecc-hint">{ props.i18n.text(Msg::WeightsHelp) }</p>
            { for groups }
        </div>
    }
}

/// One criterion's props: its texts and weight, and the panel's callbacks (the same for
/// every control, so a control whose weight is unchanged does not render again).
#[derive(Properties, PartialEq)]
pub struct WeightControlProps {
    /// The criterion's index in the dataset.
    pub index: usize,
    /// The criterion's id (the test contract's `data-criterion-id`).
    pub id: AttrValue,
    pub label: AttrValue,
    pub description: AttrValue,
    pub weight: u8,
    pub i18n: I18n,
    pub prefix: AttrValue,
    pub on_weight: Callback<(usize, u8)>,
    pub on_step: Callback<(usize, bool)>,
}

/// A native range input with a real label and its description, the value in an
/// `<output>`, and − and + buttons to change it without dragging (WCAG 2.2 SC 2.5.7), by
/// `state::STEP`.
#[component]
pub fn WeightControl(props: &WeightControlProps) -> Html {
    let WeightControlProps {
        index, id, prefix, ..
    } = props;
    let at = |element: ElementId| element.at(prefix);
    let slider = at(ElementId::Weight(id));
    let described = at(ElementId::WeightDescription(id));
    let oninput = {
        let (on_weight, index) = (props.on_weight.clone(), *index);
        Callback::from(move |e: InputEvent| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Ok(weight) = input.value().parse::<u8>() {
                on_weight.emit((index, weight.min(100)))
            }
        })
    };
    let step = |up: bool| {
        let (on_step, index) = (props.on_step.clone(), *index);
        let (symbol, msg) = if up {
            ("+", Msg::IncreaseWeight)
        } else {
            ("−", Msg::DecreaseWeight)
        };
        let name = props.i18n.format(msg, &[("criterion", &props.label)]);
        html! {
            <button type="button" class="ecc-step" data-criterion-id={id.clone()}
                data-step={if up { "up" } else { "down" }}
                id={at(ElementId::Step { criterion: id, up })} aria-label={name}
                onclick={Callback::from(move |_: MouseEvent| on_step.emit((index, up)))}>
                { symbol }
            </button>
        }
    };
    let weight = props.weight.to_string();
    html! {
        <div class="ecc-weight">
            <label for={slider.clone()}>{ &props.label }</label>
            <p class="ecc-hint" id={described.clone()}>{ &props.description }</p>
            <div class="ecc-weight-row">
                { step(false) }
                <input type="range" min="0" max="100" step="1" id={slider.clone()}
                    data-criterion-id={id.clone()} aria-describedby={described}
                    value={weight.clone()} {oninput} />
                { step(true) }
                <output class="ecc-weight-value" for={slider}
                    id={at(ElementId::WeightValue(id))}>{ weight }</output>
            </div>
        </div>
    }
}
