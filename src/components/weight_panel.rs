//! The weight controls, grouped as the data file groups its criteria.

use super::WeightControl;
use crate::i18n::{I18n, Msg};
use crate::state::{Action, DatasetHandle};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WeightPanelProps {
    /// The messages to show.
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// One weight per criterion, in the dataset's order.
    pub weights: Rc<[u8]>,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Receives `SetWeight`; one stable callback for every control.
    pub on_action: Callback<Action>,
}

/// One `<fieldset>` per group of criteria, with its `<legend>`, and a control per criterion.
#[component]
pub fn WeightPanel(props: &WeightPanelProps) -> Html {
    let i18n = &props.i18n;
    let lang = i18n.lang().to_owned();
    let dataset = &props.dataset;
    let groups = dataset.groups.iter().enumerate().map(|(group, g)| {
        let controls = dataset
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| c.group == group)
            .map(|(index, c)| {
                html! {
                    <WeightControl i18n={i18n.clone()} key={c.id.clone()} index={index}
                        criterion_id={AttrValue::from(c.id.clone())}
                        label={AttrValue::from(c.label.get(&lang).to_owned())}
                        description={AttrValue::from(c.description.get(&lang).to_owned())}
                        weight={props.weights[index]}
                        id_prefix={props.id_prefix.clone()}
                        on_action={props.on_action.clone()} />
                }
            });
        html! {
            <fieldset key={g.id.clone()} class="ecc-group">
                <legend>{ g.label.get(&lang) }</legend>
                { for controls }
            </fieldset>
        }
    });
    html! {
        <div class="ecc-weights">
            <p class="ecc-hint">{ i18n.text(Msg::WeightsHelp) }</p>
            { for groups }
        </div>
    }
}
