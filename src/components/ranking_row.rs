//! One provider's row of the ranking.

use crate::i18n::{decimal, I18n, Msg};
use crate::state::{Action, DatasetHandle};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RankingRowProps {
    /// The messages to show.
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// Index of the provider in the dataset.
    pub provider: usize,
    pub rank: u32,
    /// 0-100.
    pub score: f64,
    /// Whether another provider shares this score.
    pub tied: bool,
    /// Whether this provider's details are open.
    pub selected: bool,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Receives `ShowProvider`; the same callback for every row.
    pub on_action: Callback<Action>,
}

/// Rank, name (with a reference tag and the criteria it has no value for), country, and
/// score as text and as a bar. The bar is SVG, sized by attributes, so it needs no inline
/// style (a strict Content-Security-Policy allows it).
#[component]
pub fn RankingRow(props: &RankingRowProps) -> Html {
    let i18n = &props.i18n;
    let lang = i18n.lang().to_owned();
    let dataset = &props.dataset;
    let provider = &dataset.providers[props.provider];
    let missing: Vec<&str> = dataset
        .criteria
        .iter()
        .zip(&provider.values)
        .filter(|(_, cell)| cell.value.is_none())
        .map(|(criterion, _)| criterion.label.get(&lang))
        .collect();
    let missing_note = (!missing.is_empty()).then(|| {
        let criteria = missing.join(", ");
        html! {
            <span class="ecc-missing">{ i18n.format(Msg::MissingValues, &[("criteria", &criteria)]) }</span>
        }
    });
    let reference = provider.reference.then(|| {
        html! { <span class="ecc-tag">{ i18n.text(Msg::ReferenceTag) }</span> }
    });
    let tied = props
        .tied
        .then(|| html! { <span class="ecc-tied">{ i18n.text(Msg::Tied) }</span> });
    // The name opens (or closes) the provider's details below the table.
    let (index, selected) = (props.provider, props.selected);
    let toggle = props
        .on_action
        .reform(move |_: MouseEvent| Action::ShowProvider((!selected).then_some(index)));
    let name = html! {
        <button type="button" class="ecc-link" aria-expanded={selected.to_string()}
            aria-controls={format!("{}-detail", props.id_prefix)} onclick={toggle}>
            { &provider.name }
        </button>
    };
    let score_text = i18n.score(props.score);
    // The test contract and the bar width always use a dot, whatever the language.
    let score_attr = decimal(props.score, 2, ".");
    html! {
        <tr class="ecc-row" data-provider-id={provider.id.clone()}
            data-rank={props.rank.to_string()} data-score={score_attr.clone()}>
            <td class="ecc-rank">{ props.rank }{ tied }</td>
            <th scope="row" class="ecc-provider">
                <span class="ecc-name">{ name }</span>
                { reference }
                { missing_note }
            </th>
            <td class="ecc-country">{ &provider.country }</td>
            <td class="ecc-score">
                <span class="ecc-score-value">{ score_text }</span>
                <svg class="ecc-bar" viewBox="0 0 100 4" preserveAspectRatio="none"
                    aria-hidden="true" focusable="false">
                    <rect class="ecc-bar-track" width="100" height="4" />
                    <rect class="ecc-bar-fill" width={score_attr} height="4" />
                </svg>
            </td>
        </tr>
    }
}
