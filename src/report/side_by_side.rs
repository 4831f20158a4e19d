//! Two to four providers side by side, criterion by criterion: a chart of where each
//! stands on each criterion's scale, and the table it draws, with the values, the levels'
//! meanings and the sources.

use super::detail::{panel, sources, value_text};
use crate::data::Dataset;
use crate::engine::normalise;
use crate::i18n::{I18n, Msg, ReportMsg};
use crate::markup::Markup;
use crate::protocol::{Act, ElementId};
use crate::state::{AppState, MAX_COMPARED};

/// The comparison of the providers in `state.compared`, with a button to stop comparing
/// (act `clear-compare`); a hint when fewer than two are picked.
pub fn side_by_side(m: &mut Markup, i18n: &I18n, state: &AppState, prefix: &str) {
    let picked = &state.compared;
    let heading = i18n.text(ReportMsg::CompareHeading);
    let clear = i18n.text(ReportMsg::CompareClear);
    let button = (Act::ClearCompared, ElementId::ClearCompare, clear);
    panel(m, prefix, "side-by-side", heading, button);
    if picked.len() < 2 {
        m.element("p", "ecc-hint", i18n.text(ReportMsg::ComparePickMore));
        m.close("section");
        return;
    }
    if picked.len() >= MAX_COMPARED {
        m.raw("<p class=\"ecc-hint\"")
            .attr("id", &ElementId::CompareFull.at(prefix))
            .raw(">")
            .text(i18n.text(ReportMsg::CompareFull))
            .close("p");
    }
    legend(m, i18n, state, prefix);
    chart(m, i18n, &state.dataset, picked);
    table(m, i18n, state);
    m.close("section");
}

/// The providers' names with their chart markers, each with a button that takes it out
/// of the comparison (act `uncompare:<index>`; also the way out for a provider a
/// requirement has since set apart, whose row and box are gone).
fn legend(m: &mut Markup, i18n: &I18n, state: &AppState, prefix: &str) {
    m.raw("<ul class=\"ecc-legend\">");
    for (slot, &p) in state.compared.iter().enumerate() {
        let provider = &state.dataset.providers[p];
        m.raw("<li>");
        marker(m, slot, 8.0, 8.0, 6.0, true);
        m.element("span", "ecc-legend-name", &provider.name);
        let name = i18n.format(ReportMsg::CompareRemove, &[("name", &provider.name)]);
        let id = ElementId::Uncompare(&provider.id).at(prefix);
        m.button(&id, &Act::Uncompare(p), "×", Some(&name), false);
        m.close("li");
    }
    m.close("ul");
}

/// One marker: `slot` picks its shape and colour; `alone` wraps it in its own small SVG
/// (for the legend).
fn marker(m: &mut Markup, slot: usize, x: f64, y: f64, r: f64, alone: bool) {
    if alone {
        m.raw("<svg class=\"ecc-marker\" aria-hidden=\"true\" focusable=\"false\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\">");
    }
    let class = ["ecc-mark ecc-mark-", &slot.to_string()].concat();
    // A shape per compared provider (circle, square, triangle, diamond), so the chart never
    // tells them apart by colour alone (the legend shows the same shapes).
    match slot % 4 {
        0 => {
            m.raw("<circle").attr("class", &class);
            m.raw(" cx=\"").number(x).raw("\" cy=\"").number(y);
            m.raw("\" r=\"").number(r).raw("\"></circle>");
        }
        1 => {
            m.raw("<rect").attr("class", &class);
            m.raw(" x=\"").number(x - r).raw("\" y=\"").number(y - r);
            m.raw("\" width=\"").number(2.0 * r).raw("\" height=\"");
            m.number(2.0 * r).raw("\"></rect>");
        }
        shape => {
            let points: Vec<(f64, f64)> = if shape == 2 {
                vec![(x, y - r), (x + r, y + r), (x - r, y + r)]
            } else {
                vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
            };
            m.raw("<polygon").attr("class", &class).raw(" points=\"");
            for (i, (px, py)) in points.into_iter().enumerate() {
                if i > 0 {
                    m.raw(" ");
                }
                m.number(px).raw(",").number(py);
            }
            m.raw("\"></polygon>");
        }
    }
    if alone {
        m.close("svg");
    }
}

/// Where each provider stands on each criterion's scale, worst at the left, best at the
/// right; hidden from assistive technology, the table below says the same.
fn chart(m: &mut Markup, i18n: &I18n, dataset: &Dataset, picked: &[usize]) {
    let lang = i18n.lang();
    // Each criterion's name sits above its own axis, so the chart can be narrow and its
    // text stays legible on a phone.
    const ROW: f64 = 34.0;
    const LEFT: f64 = 8.0;
    const WIDTH: f64 = 224.0;
    let height = ROW * dataset.criteria.len() as f64 + 14.0;
    m.raw("<svg class=\"ecc-chart ecc-dots\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 240 ")
        .number(height)
        .raw("\">");
    for (row, criterion) in dataset.criteria.iter().enumerate() {
        let top = row as f64 * ROW;
        let y = top + 24.0;
        m.raw("<text x=\"0\" y=\"").number(top + 10.0).raw("\">");
        m.text(criterion.label.get(lang)).close("text");
        m.raw("<line class=\"ecc-axis\" x1=\"")
            .number(LEFT)
            .raw("\" x2=\"");
        m.number(LEFT + WIDTH)
            .raw("\" y1=\"")
            .number(y)
            .raw("\" y2=\"");
        m.number(y).raw("\"></line>");
        for (slot, &p) in picked.iter().enumerate() {
            // A missing value has no place on the scale: no marker (the table says missing).
            let value = dataset.providers[p].values[row].value;
            if value.is_none() {
                continue;
            }
            // Where the engine places it, worst (0) to best (1).
            let share = normalise(value, criterion);
            // Equal values would hide each other: each provider's marker is nudged a little.
            let nudge = (slot as f64 - 1.5) * 2.5;
            let x = LEFT + share * WIDTH;
            marker(m, slot, x, y + nudge, 5.0, false);
        }
    }
    let bottom = ROW * dataset.criteria.len() as f64 + 8.0;
    for (x, label, anchor) in [
        (LEFT, ReportMsg::ChartWorst, "start"),
        (LEFT + WIDTH, ReportMsg::ChartBest, "end"),
    ] {
        m.raw("<text class=\"ecc-axis-label\" x=\"").number(x);
        m.raw("\" y=\"")
            .number(bottom)
            .raw("\" text-anchor=\"")
            .raw(anchor);
        m.raw("\">").text(i18n.text(label)).close("text");
    }
    m.close("svg");
}

/// The chart's table: rank and score, then every criterion's value with its level's
/// meaning and sources, one column per provider; it scrolls sideways inside its own
/// region on a narrow screen, never the page.
fn table(m: &mut Markup, i18n: &I18n, state: &AppState) {
    let (dataset, lang) = (&state.dataset, i18n.lang());
    let caption = i18n.text(ReportMsg::CompareCaption);
    m.table("ecc-values ecc-compared", caption, true);
    let mut columns = vec![""];
    columns.extend(
        state
            .compared
            .iter()
            .map(|&p| dataset.providers[p].name.as_str()),
    );
    m.head(&columns);
    m.open("tr", "")
        .row_header(i18n.text(ReportMsg::CompareRank));
    let ranking = state.ranking.as_ref().ok();
    for &p in state.compared.iter() {
        let entry = ranking.and_then(|r| r.entries.iter().find(|e| e.provider == p));
        let text = match entry {
            Some(e) => i18n.format(
                ReportMsg::CompareRankScore,
                &[("rank", &e.rank), ("score", &i18n.score(e.score))],
            ),
            None => i18n.text(ReportMsg::CompareSetApart).to_owned(),
        };
        m.element("td", "", &text);
    }
    m.close("tr")
        .open("tr", "")
        .row_header(i18n.text(Msg::ColumnCountry));
    for &p in state.compared.iter() {
        m.element("td", "", &dataset.providers[p].country);
    }
    m.close("tr");
    for (j, criterion) in dataset.criteria.iter().enumerate() {
        m.open("tr", "").row_header(criterion.label.get(lang));
        for &p in state.compared.iter() {
            let cell = &dataset.providers[p].values[j];
            m.open("td", "");
            value_text(m, i18n, criterion, cell);
            sources(m, &cell.sources);
            m.close("td");
        }
        m.close("tr");
    }
    m.end_table(true);
}
