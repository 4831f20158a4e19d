//! The printed report: one A4 document that justifies the ranking on its own, for "print
//! to PDF". The screen never shows it; the print stylesheet shows it alone.

use super::detail::{breakdown, values};
use super::export::requirements_in_words;
use crate::components::ranking_columns;
use crate::engine::Ranking;
use crate::i18n::{I18n, Msg, ReportMsg};
use crate::markup::Markup;
use crate::state::AppState;

/// Providers whose score breakdown and values (with their sources) the report shows in
/// full, from the top of the ranking; the compared ones are added.
const EXPLAINED: usize = 3;

/// The date and link, the data file, the method, the weights, the requirements, the
/// ranking, the providers set apart, and for the first providers (and those compared) the
/// score breakdown and every value with its sources.
pub fn print_report(
    m: &mut Markup,
    i18n: &I18n,
    state: &AppState,
    today: &str,
    link: Option<&str>,
) {
    m.open("article", "ecc-print-report");
    scenario(m, i18n, state, today, link);
    if let Ok(ranking) = &state.ranking {
        ranking_and_reasons(m, i18n, state, ranking);
        let mut explained: Vec<usize> = ranking
            .entries
            .iter()
            .take(EXPLAINED)
            .map(|e| e.provider)
            .collect();
        for &p in state.compared.iter() {
            if !explained.contains(&p) {
                explained.push(p);
            }
        }
        let dataset = &state.dataset;
        for p in explained {
            m.open("section", "ecc-print-provider");
            m.element("h3", "", &dataset.providers[p].name);
            breakdown(m, i18n, state, p);
            values(m, i18n, dataset, &dataset.providers[p], today);
            m.close("section");
        }
    } else {
        m.element("p", "", i18n.text(Msg::AllWeightsZero));
    }
    m.close("article");
}

/// The report's head: when and from which data it was made, its link, the method, the
/// weights and the requirements. The link is left out where no page can open it.
fn scenario(m: &mut Markup, i18n: &I18n, state: &AppState, today: &str, link: Option<&str>) {
    let (dataset, lang) = (&state.dataset, i18n.lang());
    let meta = &dataset.meta;
    m.element("h2", "", i18n.text(ReportMsg::PrintTitle));
    let updated = meta.last_updated.map(|d| d.to_string()).unwrap_or_default();
    let made = i18n.format(
        ReportMsg::PrintMade,
        &[
            ("date", &today),
            ("title", &meta.title.get(lang)),
            ("version", &meta.version),
            ("updated", &updated),
        ],
    );
    m.element("p", "", &made);
    if let Some(link) = link {
        m.open("p", "")
            .text(i18n.text(ReportMsg::PrintLink))
            .text(" ");
        m.element("span", "ecc-print-link", link).close("p");
    }

    let (method, about) = i18n.method(state.method);
    m.element("h3", "", i18n.text(ReportMsg::CsvMethod));
    m.open("p", "")
        .element("strong", "", method)
        .text(". ")
        .text(about);
    m.close("p");
    let (rule, about) = i18n.missing_rule(state.missing);
    m.open("p", "")
        .text(i18n.text(ReportMsg::CsvMissingRule))
        .text(": ")
        .element("strong", "", rule)
        .text(". ")
        .text(about);
    m.close("p");

    m.table("ecc-values", i18n.text(ReportMsg::PrintWeights), false);
    m.head(&[
        i18n.text(ReportMsg::ColumnCriterion),
        i18n.text(ReportMsg::ColumnWeight),
    ]);
    for (criterion, weight) in dataset.criteria.iter().zip(state.weights.iter()) {
        m.open("tr", "").row_header(criterion.label.get(lang));
        m.element("td", "", &weight.to_string()).close("tr");
    }
    m.end_table(false);

    m.element("h3", "", i18n.text(ReportMsg::CsvRequirements));
    let requirements = requirements_in_words(i18n, dataset, state);
    if requirements.is_empty() {
        m.element("p", "", i18n.text(ReportMsg::CsvNone));
    } else {
        m.open("ul", "ecc-list");
        for r in &requirements {
            m.element("li", "", r);
        }
        m.close("ul");
    }
}

/// The ranking as a table, and the providers set apart with their reasons.
fn ranking_and_reasons(m: &mut Markup, i18n: &I18n, state: &AppState, ranking: &Ranking) {
    let dataset = &state.dataset;
    let caption = i18n.text(ReportMsg::PrintRanking);
    m.table("ecc-values ecc-print-ranking", caption, false);
    let [rank, provider, country, score] = ranking_columns(i18n);
    let missing = i18n.text(ReportMsg::CsvMissing);
    let range = i18n.text(ReportMsg::PrintRange);
    m.head(&[rank, provider, country, score, range, missing]);
    for (entry, bounds) in ranking.entries.iter().zip(state.bounds.iter()) {
        let p = &dataset.providers[entry.provider];
        m.open("tr", "").element("td", "", &entry.rank.to_string());
        m.row_header(&p.name).element("td", "", &p.country);
        m.element("td", "", &i18n.score(entry.score));
        let range = i18n.score_range(bounds).unwrap_or_default();
        m.element("td", "", &range);
        let missing = i18n.missing(dataset, entry.provider, ", ");
        m.element("td", "", &missing).close("tr");
    }
    m.end_table(false);
    if !state.excluded.is_empty() {
        m.element("h3", "", i18n.text(ReportMsg::CsvSetApart));
        m.open("ul", "ecc-list");
        for (provider, reasons) in state.excluded.iter() {
            m.open("li", "")
                .element("strong", "", &dataset.providers[*provider].name);
            let reasons = i18n.reasons(dataset, *provider, reasons);
            m.text(": ").text(&reasons).close("li");
        }
        m.close("ul");
    }
}
