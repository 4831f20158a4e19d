//! The one live region: after the ranking settles, it says who leads.

use crate::engine::Ranking;
use crate::i18n::{I18n, Msg};
use crate::state::DatasetHandle;
use std::rc::Rc;
use yew::prelude::*;

/// How long the ranking must stay still before it is announced, so that dragging a
/// slider does not read out every intermediate order.
const SETTLE_MS: u32 = 700;
/// How many leading providers the announcement names.
const ANNOUNCED: usize = 3;

#[derive(Properties, PartialEq)]
pub struct RankingAnnouncerProps {
    /// The messages to show.
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    pub ranking: Rc<Ranking>,
}

/// A visually hidden `role="status"` region, debounced, naming the top providers.
/// The table itself is not live: that would read every row on every change.
#[component]
pub fn RankingAnnouncer(props: &RankingAnnouncerProps) -> Html {
    let i18n = &props.i18n;
    let announced = use_state(String::new);
    let message = {
        let top: Vec<String> = props
            .ranking
            .entries
            .iter()
            .take(ANNOUNCED)
            .map(|entry| {
                let name = &props.dataset.providers[entry.provider].name;
                let score = i18n.score(entry.score);
                i18n.format(
                    Msg::StatusEntry,
                    &[("rank", &entry.rank), ("name", name), ("score", &score)],
                )
            })
            .collect();
        i18n.format(Msg::StatusRanking, &[("top", &top.join("; "))])
    };
    // The first ranking is not announced: nothing has changed yet.
    let first = use_mut_ref(|| true);
    {
        let announced = announced.clone();
        use_effect_with(message, move |message| {
            let timeout = (!std::mem::replace(&mut *first.borrow_mut(), false)).then(|| {
                let message = message.clone();
                gloo::timers::callback::Timeout::new(SETTLE_MS, move || announced.set(message))
            });
            move || drop(timeout)
        });
    }
    html! {
        <div class="ecc-visually-hidden" role="status">{ (*announced).clone() }</div>
    }
}
