//! The ranking as an accessible table, rows keyed by provider id.

use super::RankingRow;
use crate::engine::Ranking;
use crate::i18n::{I18n, Msg};
use crate::state::{Action, DatasetHandle};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RankingTableProps {
    /// The messages to show.
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// The ranking to show, best first.
    pub ranking: Rc<Ranking>,
    /// The provider whose details are open.
    pub selected: Option<usize>,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Receives `ShowProvider`.
    pub on_action: Callback<Action>,
}

/// A `<table>` with a caption and column headers; the provider name heads each row.
/// Rows are keyed by provider id, so a re-sort moves rows instead of rewriting them.
#[component]
pub fn RankingTable(props: &RankingTableProps) -> Html {
    let i18n = &props.i18n;
    let rows = props.ranking.entries.iter().map(|entry| {
        let provider = &props.dataset.providers[entry.provider];
        html! {
            <RankingRow i18n={i18n.clone()} key={provider.id.clone()} dataset={props.dataset.clone()}
                provider={entry.provider} rank={entry.rank} score={entry.score} tied={entry.tied}
                selected={props.selected == Some(entry.provider)} id_prefix={props.id_prefix.clone()}
                on_action={props.on_action.clone()} />
        }
    });
    html! {
        <table class="ecc-ranking">
            <caption>{ i18n.text(Msg::RankingCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ i18n.text(Msg::ColumnRank) }</th>
                    <th scope="col">{ i18n.text(Msg::ColumnProvider) }</th>
                    <th scope="col">{ i18n.text(Msg::ColumnCountry) }</th>
                    <th scope="col">{ i18n.text(Msg::ColumnScore) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
