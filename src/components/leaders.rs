//! The leading providers, kept in view while the visitor moves weights in a narrow column
//! (a phone, a portal's side column), where the ranking itself is far below the sliders.
//! Each names its provider with `data-provider-id`, as the ranking's rows do.

use crate::engine::Ranking;
use crate::i18n::{I18n, Msg};
use crate::state::DatasetHandle;
use std::rc::Rc;
use yew::prelude::*;

/// How many leading providers stay in view.
pub const LEADERS: usize = 3;

#[derive(Properties, PartialEq)]
pub struct LeadersProps {
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    pub ranking: Rc<Ranking>,
}

/// The first `LEADERS` of the ranking, one keyed item each, in a list the stylesheet keeps
/// at the top of the screen in the one-column layout (and hides beside the ranking). It
/// is not a live region: the ranking's one announcement says who leads.
#[component]
pub fn Leaders(props: &LeadersProps) -> Html {
    let i18n = &props.i18n;
    let leaders = props.ranking.entries.iter().take(LEADERS).map(|entry| {
        let provider = &props.dataset.providers[entry.provider];
        html! {
            <li key={provider.id.clone()} data-provider-id={provider.id.clone()}>
                <span class="ecc-leader-rank">{ entry.rank }{ "." }</span>
                { " " }<span class="ecc-leader-name">{ provider.name.clone() }</span>
                { " " }<span class="ecc-leader-score">{ i18n.score(entry.score) }</span>
            </li>
        }
    });
    html! {
        <ol class="ecc-leaders" aria-label={i18n.text(Msg::LeadersLabel).to_owned()}>
            { for leaders }
        </ol>
    }
}
