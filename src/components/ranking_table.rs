//! The ranking as an accessible table whose rows are components keyed by provider id: a
//! re-rank moves rows, it does not rebuild them, so focus on a row's control stays where
//! it was, and the row animation (`use_row_motion`) follows each row by its identity.

use super::hooks::use_row_motion;
use crate::engine::{Bounds, Ranking};
use crate::i18n::{decimal, I18n, Msg};
use crate::protocol::ElementId;
use crate::state::{DatasetHandle, MAX_COMPARED};
use std::rc::Rc;
use yew::prelude::*;

/// The table's props.
#[derive(Properties, PartialEq)]
pub struct RankingTableProps {
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// The ranking, provider indexes the dataset's.
    pub ranking: Rc<Ranking>,
    /// What each entry's missing values leave open, in the ranking's order.
    pub bounds: Rc<[Bounds]>,
    /// The provider whose details are open.
    pub selected: Option<usize>,
    /// The providers ticked for side by side, in the order they were picked.
    pub compared: Rc<[usize]>,
    /// Prefix for element ids.
    pub prefix: AttrValue,
    /// A provider's name was pressed: open its details, or close them if open.
    pub on_show: Callback<usize>,
    /// A provider's "Compare" box was ticked (`true`) or cleared.
    pub on_compare: Callback<(usize, bool)>,
}

/// A `<table>` with a caption and column headers (rank, provider, country, score), one
/// `RankingRow` per ranked provider.
#[component]
pub fn RankingTable(props: &RankingTableProps) -> Html {
    let body = use_node_ref();
    let order: Rc<[usize]> = props.ranking.entries.iter().map(|e| e.provider).collect();
    use_row_motion(body.clone(), order);
    let full = props.compared.len() >= MAX_COMPARED;
    let i18n = &props.i18n;
    let rows = props
        .ranking
        .entries
        .iter()
        .enumerate()
        .map(|(place, entry)| {
            let p = entry.provider;
            let picked = props.compared.contains(&p);
            let cell = ProviderCellProps {
                provider: p,
                open: props.selected == Some(p),
                picked,
                blocked: full && !picked,
                i18n: i18n.clone(),
                dataset: props.dataset.clone(),
                prefix: props.prefix.clone(),
                on_show: props.on_show.clone(),
                on_compare: props.on_compare.clone(),
            };
            html! {
                <RankingRow key={props.dataset.providers[p].id.as_str()} rank={entry.rank}
                    tied={entry.tied} score={entry.score} bounds={props.bounds.get(place).copied()}
                    {cell} />
            }
        });
    html! {
        <table class="ecc-ranking">
            <caption>{ i18n.text(Msg::RankingCaption) }</caption>
            <thead><tr>
                { for ranking_columns(i18n).map(|c| html! { <th scope="col">{ c }</th> }) }
            </tr></thead>
            <tbody ref={body}>{ for rows }</tbody>
        </table>
    }
}

/// One row's props: its place and score, and its provider's cell, whose props (shared
/// and compared by pointer, the table's callbacks) do not change on a re-rank.
#[derive(Properties, PartialEq)]
pub struct RankingRowProps {
    pub rank: u32,
    /// Whether another provider has the same rank.
    pub tied: bool,
    /// 0 to 100.
    pub score: f64,
    /// What its missing values leave open.
    pub bounds: Option<Bounds>,
    pub cell: ProviderCellProps,
}

/// A ranked provider: rank (and "tied"), the provider (`ProviderCell`), country, and the
/// score as text and as a bar. The bar is SVG sized by attributes: no inline style, which
/// a strict Content-Security-Policy refuses. The row carries the test contract:
/// `data-provider-id`, `data-rank`, `data-score` (two decimals, a dot), and what its
/// missing values leave open: `data-known` (the share of the weight on known values, 0 to
/// 1) and `data-score-low`, `data-score-high` (0 to 100), each with two decimals; when a
/// value is missing the range shows under the score. A re-rank changes only the rank and
/// the score: the provider's cell, whose props are the same, is not rendered again.
#[component]
pub fn RankingRow(props: &RankingRowProps) -> Html {
    let cell = &props.cell;
    let i18n = &cell.i18n;
    let p = &cell.dataset.providers[cell.provider];
    let score = decimal(props.score, 2, ".");
    let bounds = props.bounds.unwrap_or(Bounds {
        known: 1.0,
        low: props.score,
        high: props.score,
    });
    let range = i18n.score_range(&bounds);
    html! {
        <tr class="ecc-row" data-provider-id={p.id.clone()} data-rank={props.rank.to_string()}
            data-score={score.clone()} data-known={decimal(bounds.known, 2, ".")}
            data-score-low={decimal(bounds.low, 2, ".")}
            data-score-high={decimal(bounds.high, 2, ".")}>
            <td class="ecc-rank">
                { props.rank }
                if props.tied { <span class="ecc-tied">{ i18n.text(Msg::Tied) }</span> }
            </td>
            <ProviderCell ..cell.clone() />
            <td class="ecc-country">{ &p.country }</td>
            <td class="ecc-score">
                <span class="ecc-score-value">{ i18n.score(props.score) }</span>
                <svg class="ecc-bar" viewBox="0 0 100 4" preserveAspectRatio="none"
                    aria-hidden="true" focusable="false">
                    <rect class="ecc-bar-track" width="100" height="4"></rect>
                    <rect class="ecc-bar-fill" height="4" width={score}></rect>
                </svg>
                if let Some(range) = range { <span class="ecc-range">{ range }</span> }
            </td>
        </tr>
    }
}

/// The provider cell's props: the provider and its state.
#[derive(Properties, PartialEq, Clone)]
pub struct ProviderCellProps {
    /// The provider, by its index in the dataset.
    pub provider: usize,
    /// Whether its details are open.
    pub open: bool,
    /// Whether it is ticked for side by side.
    pub picked: bool,
    /// Whether it cannot be ticked: `MAX_COMPARED` others are.
    pub blocked: bool,
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    pub prefix: AttrValue,
    pub on_show: Callback<usize>,
    pub on_compare: Callback<(usize, bool)>,
}

/// The row's header cell: the name as a button that opens the provider's details, a
/// "Compare" checkbox, a reference tag, and the criteria it has no value for.
#[component]
fn ProviderCell(props: &ProviderCellProps) -> Html {
    let ProviderCellProps {
        provider,
        i18n,
        dataset,
        prefix,
        ..
    } = props;
    let p = &dataset.providers[*provider];
    let id = |element: ElementId| element.at(prefix);
    let show = {
        let (on_show, provider) = (props.on_show.clone(), *provider);
        Callback::from(move |_: MouseEvent| on_show.emit(provider))
    };
    let pick = {
        let (on_compare, provider) = (props.on_compare.clone(), *provider);
        Callback::from(move |e: Event| {
            let checked = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            on_compare.emit((provider, checked))
        })
    };
    let missing = i18n.missing(dataset, *provider, ", ");
    let pick_id = id(ElementId::Pick(&p.id));
    html! {
        <th scope="row" class="ecc-provider">
            <span class="ecc-name">
                <button type="button" class="ecc-link" id={id(ElementId::Open(&p.id))}
                    aria-expanded={if props.open { "true" } else { "false" }}
                    aria-controls={id(ElementId::Detail)} onclick={show}>
                    { &p.name }
                </button>
            </span>
            <span class="ecc-pick">
                // Why a box cannot be ticked: the side-by-side view says so.
                <input type="checkbox" id={pick_id.clone()} checked={props.picked}
                    disabled={props.blocked}
                    aria-describedby={props.blocked.then(|| id(ElementId::CompareFull))}
                    onchange={pick} />
                <label for={pick_id}>
                    { i18n.text(Msg::CompareLabel) }
                    <span class="ecc-visually-hidden">{ " " }{ &p.name }</span>
                </label>
            </span>
            if p.reference { <span class="ecc-tag">{ i18n.text(Msg::ReferenceTag) }</span> }
            if !missing.is_empty() {
                <span class="ecc-missing">
                    { i18n.format(Msg::MissingValues, &[("criteria", &missing)]) }
                </span>
            }
        </th>
    }
}

/// The ranking's column headers: rank, provider, country, score (the printed report's
/// ranking starts with the same).
pub fn ranking_columns(i18n: &I18n) -> [&str; 4] {
    [
        Msg::ColumnRank,
        Msg::ColumnProvider,
        Msg::ColumnCountry,
        Msg::ColumnScore,
    ]
    .map(|column| i18n.text(column))
}
