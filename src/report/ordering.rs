//! The ordering panel ("Weights without numbers"): the criteria in the visitor's order,
//! each with the rank order centroid weight it would get and buttons to move it (acts
//! `up:<place>` and `down:<place>`, handled by the widget, which keeps the order), and
//! "Use these weights" (act `apply-order:<weights>`, the weights in the dataset's order).

use crate::data::Dataset;
use crate::engine::elicit::rank_order_centroid;
use crate::i18n::{I18n, ReportMsg};
use crate::markup::Markup;
use crate::protocol::{Act, ElementId};

/// The ordered list, each criterion with the weight it would get and buttons to move it,
/// and the button that applies those weights.
pub fn order_controls(
    m: &mut Markup,
    i18n: &I18n,
    dataset: &Dataset,
    order: &[usize],
    prefix: &str,
) {
    let lang = i18n.lang();
    let weights = rank_order_centroid(order, dataset.criteria.len());
    m.element("p", "ecc-hint", i18n.text(ReportMsg::ElicitHelp));
    m.open("ol", "ecc-order");
    for (place, &criterion) in order.iter().enumerate() {
        let c = &dataset.criteria[criterion];
        let label = c.label.get(lang);
        m.open("li", "")
            .element("span", "ecc-order-label", label)
            .element("span", "ecc-order-weight", &weights[criterion].to_string());
        for (up, symbol, msg, disabled) in [
            (true, "↑", ReportMsg::MoveUp, place == 0),
            (false, "↓", ReportMsg::MoveDown, place + 1 == order.len()),
        ] {
            let id = ElementId::Move {
                criterion: &c.id,
                up,
            }
            .at(prefix);
            let act = Act::Move { place, up };
            let name = i18n.format(msg, &[("criterion", &label)]);
            m.button(&id, &act, symbol, Some(&name), disabled);
        }
        m.close("li");
    }
    m.close("ol");
    let apply = i18n.text(ReportMsg::ElicitApply);
    let act = Act::ApplyOrder(weights.to_vec());
    m.button(&ElementId::ApplyOrder.at(prefix), &act, apply, None, false);
}
