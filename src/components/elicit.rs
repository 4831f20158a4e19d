//! Weights for a visitor who would rather put the criteria in order than set numbers:
//! rank order centroid weights from an order set with up and down buttons (markup
//! controls read by the delegated handler, see `choice`).

use crate::data::Dataset;
use crate::engine::elicit::rank_order_centroid;
use crate::i18n::{I18n, Msg};
use crate::markup::Markup;

/// The criteria by weight, heaviest first (equal weights in the dataset's order).
pub fn initial_order(weights: &[u8]) -> Vec<usize> {
    crate::order::sorted(weights.len(), &|a, b| weights[b].cmp(&weights[a]))
}

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
    m.element("p", "ecc-hint", i18n.text(Msg::ElicitHelp));
    m.open("ol", "ecc-order");
    for (place, &criterion) in order.iter().enumerate() {
        let c = &dataset.criteria[criterion];
        let label = c.label.get(lang);
        m.open("li", "")
            .element("span", "ecc-order-label", label)
            .element("span", "ecc-order-weight", &weights[criterion].to_string());
        for (up, symbol, msg, disabled) in [
            (true, "↑", Msg::MoveUp, place == 0),
            (false, "↓", Msg::MoveDown, place + 1 == order.len()),
        ] {
            let direction = if up { "up" } else { "down" };
            let id = format!("{prefix}-{direction}-{}", c.id);
            let act = format!("{direction}:{place}");
            let name = i18n.format(msg, &[("criterion", &label)]);
            m.button(&id, &act, symbol, Some(&name), disabled);
        }
        m.close("li");
    }
    m.close("ol");
    let apply = i18n.text(Msg::ElicitApply);
    m.button(
        &[prefix, "-apply-order"].concat(),
        "apply-order",
        apply,
        None,
        false,
    );
}

/// The order after an "up:<place>" or "down:<place>" act; `None` for any other act.
pub fn moved(order: &[usize], act: &str) -> Option<Vec<usize>> {
    let (direction, place) = act.split_once(':')?;
    let place: usize = place.parse().ok()?;
    let target = match direction {
        "up" => place.checked_sub(1)?,
        "down" => place + 1,
        _ => return None,
    };
    let mut order = order.to_vec();
    (target < order.len() && place < order.len()).then(|| {
        order.swap(place, target);
        order
    })
}
