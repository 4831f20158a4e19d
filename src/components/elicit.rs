//! Weights for a visitor who would rather put the criteria in order than set numbers:
//! the order, kept by the widget and changed by the up and down buttons the report module
//! draws (`crate::report`, markup controls read by the delegated handler, see `choice`).

/// The criteria by weight, heaviest first (equal weights in the dataset's order).
pub fn initial_order(weights: &[u8]) -> Vec<usize> {
    crate::order::sorted(weights.len(), &|a, b| weights[b].cmp(&weights[a]))
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
