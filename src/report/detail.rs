//! One provider in full: facts, certifications, incidents, and every value with its sources.

use crate::components::contest;
use crate::data::{
    contact_link, Cell, Criterion, Dataset, Provider, Source, SourceDate, TenderOutcome,
    STALE_MONTHS,
};
use crate::engine::{self, explain, Method};
use crate::i18n::{decimal, plain, I18n, Msg, ReportMsg};
use crate::markup::Markup;
use crate::protocol::{Act, ElementId};
use crate::state::AppState;

/// Everything the data file says about one provider: its score breakdown, facts,
/// certifications, incidents, and every value with its source links and dates, missing
/// values marked as such, and so are values whose newest source is older than
/// `STALE_MONTHS` on `today`; a close button (act `close`, see `choice`).
pub fn provider_detail(
    m: &mut Markup,
    i18n: &I18n,
    state: &AppState,
    provider: usize,
    prefix: &str,
    today: &str,
) {
    let dataset = &state.dataset;
    let p = &dataset.providers[provider];
    panel(
        m,
        prefix,
        "detail",
        &p.name,
        (
            Act::CloseDetails,
            ElementId::Close,
            i18n.text(ReportMsg::Close),
        ),
    );
    breakdown(m, i18n, state, provider);
    facts(m, i18n, p);
    values(m, i18n, dataset, p, today);
    contest(m, i18n, &dataset.meta.contact, "ecc-hint");
    m.close("section");
}

/// Opens `<section class="ecc-<name>" id="<prefix>-<name>">`, labelled by its `<h2>`
/// `title`, with one button beside the title (its act, its id and its text). The caller
/// closes the section.
pub(super) fn panel(
    m: &mut Markup,
    prefix: &str,
    name: &str,
    title: &str,
    (act, button, text): (Act, ElementId, &str),
) {
    let id = [prefix, "-", name].concat();
    let title_id = [&id, "-title"].concat();
    m.raw("<section")
        .attr("class", &["ecc-", name].concat())
        .attr("id", &id)
        .attr("aria-labelledby", &title_id)
        .raw("><div class=\"ecc-detail-head\"><h2")
        .attr("id", &title_id)
        .raw(">")
        .text(title)
        .raw("</h2>");
    m.button(&button.at(prefix), &act, text, None, false);
    m.close("div");
}

/// The points each criterion adds to the provider's weighted score: a bar chart (hidden
/// from assistive technology) and the table it draws, which is its text alternative; then
/// how much of the weight rests on known values, how missing values count, and the range
/// of scores they allow.
pub(super) fn breakdown(m: &mut Markup, i18n: &I18n, state: &AppState, provider: usize) {
    let (dataset, method, missing) = (&state.dataset, state.method, state.missing);
    let weights = method.effective_weights(dataset, &state.weights);
    let Ok(points) = explain::contributions(dataset, &weights, missing, provider) else {
        return;
    };
    let Ok(reach) = explain::most(dataset, &weights, missing, provider) else {
        return;
    };
    let lang = i18n.lang();
    let sep = i18n.text(Msg::DecimalSeparator);
    // The criteria that count; each bar's track is the most it could add, the fill what it adds.
    let counted: Vec<usize> = (0..weights.len()).filter(|&j| weights[j] > 0).collect();
    let widest = counted.iter().map(|&j| reach[j]).fold(0.0, f64::max);
    m.element("h3", "", i18n.text(ReportMsg::BreakdownHeading));
    if method == Method::Topsis {
        m.element("p", "ecc-hint", i18n.text(ReportMsg::BreakdownTopsis));
    }
    m.raw("<svg class=\"ecc-chart\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 320 ")
        .number(counted.len() as f64 * 18.0)
        .raw("\">");
    let scale = if widest > 0.0 { 140.0 / widest } else { 0.0 };
    for (row, &j) in counted.iter().enumerate() {
        let y = row as f64 * 18.0;
        m.raw("<text x=\"0\" y=\"").number(y + 13.0).raw("\">");
        m.text(dataset.criteria[j].label.get(lang)).close("text");
        for (class, width) in [
            ("ecc-bar-track", reach[j] * scale),
            ("ecc-bar-fill", points[j] * scale),
        ] {
            m.raw("<rect x=\"175\" height=\"12\" class=\"")
                .raw(class)
                .raw("\" y=\"")
                .number(y + 3.0)
                .raw("\" width=\"")
                .number(width)
                .raw("\"></rect>");
        }
    }
    m.close("svg");
    let name = &dataset.providers[provider].name;
    let score: f64 = points.iter().sum();
    let score = i18n.score(score);
    let caption = i18n.format(
        ReportMsg::BreakdownCaption,
        &[("name", name), ("score", &score)],
    );
    m.table("ecc-values ecc-breakdown", &caption, false);
    m.head(&[
        i18n.text(ReportMsg::ColumnCriterion),
        i18n.text(ReportMsg::ColumnWeight),
        i18n.text(ReportMsg::ColumnPoints),
    ]);
    for &j in &counted {
        m.open("tr", "")
            .row_header(dataset.criteria[j].label.get(lang));
        m.element("td", "", &weights[j].to_string());
        m.element("td", "", &decimal(points[j], 2, sep));
        m.close("tr");
    }
    m.end_table(false);
    known_line(m, i18n, state, provider);
}

/// How much of the weight rests on the provider's known values, how missing values count
/// and, when it is ranked and a value is missing, the range of scores they allow.
pub(super) fn known_line(m: &mut Markup, i18n: &I18n, state: &AppState, provider: usize) {
    let bounds = state.bounds_of(provider);
    // A provider set apart has no bounds: its share is computed for it alone.
    let known = bounds.map_or_else(
        || engine::known_share(state.method, &state.dataset, &state.weights, provider),
        |b| b.known,
    );
    let rule = i18n.missing_rule(state.missing).0;
    let mut line = i18n.format(
        ReportMsg::BreakdownKnown,
        &[("known", &i18n.percent(known)), ("rule", &rule)],
    );
    if let Some(b) = bounds.filter(|b| b.known < 1.0) {
        line.push(' ');
        line += &i18n.format(
            ReportMsg::BreakdownRange,
            &[("low", &i18n.score(b.low)), ("high", &i18n.score(b.high))],
        );
    }
    m.element("p", "ecc-hint ecc-known", &line);
}

/// Headquarters, owner, website, listing, tender outcome, certifications and incidents.
fn facts(m: &mut Markup, i18n: &I18n, p: &Provider) {
    let term = |m: &mut Markup, label: ReportMsg| {
        m.element("dt", "", i18n.text(label)).open("dd", "");
    };
    m.open("dl", "ecc-facts");
    term(m, ReportMsg::FactHeadquarters);
    m.text(&p.country).close("dd");
    term(m, ReportMsg::FactOwner);
    m.text(&p.owner.name);
    if let Some(country) = &p.owner.country {
        m.text(" (").text(country).text(")");
    }
    // The identity sources back both the headquarters and the owner.
    sources(m, &p.sources);
    m.close("dd");
    if !p.website.is_empty() {
        term(m, ReportMsg::FactWebsite);
        m.link(&p.website, &p.website).close("dd");
    }
    if let Some(listed) = &p.listed {
        term(m, ReportMsg::FactListed);
        m.text(i18n.text(if listed.value {
            ReportMsg::Yes
        } else {
            ReportMsg::No
        }));
        note_and_sources(m, &listed.note, &listed.sources);
        m.close("dd");
    }
    if let Some(tender) = &p.tender_2026 {
        term(m, ReportMsg::FactTender);
        m.text(i18n.text(match tender.value {
            TenderOutcome::Winner => ReportMsg::TenderWinner,
            TenderOutcome::Partner => ReportMsg::TenderPartner,
            TenderOutcome::NotAwarded => ReportMsg::TenderNotAwarded,
        }));
        note_and_sources(m, &tender.note, &tender.sources);
        m.close("dd");
    }
    m.close("dl");

    m.element("h3", "", i18n.text(ReportMsg::CertificationsHeading));
    list(m, i18n, p.certifications.is_empty(), |m| {
        for c in &p.certifications {
            m.open("li", "").open("strong", "").text(c.scheme.name());
            if let Some(status) = c.status {
                m.text(" (").text(&i18n.status(status)).text(")");
            }
            m.close("strong").text(": ").text(&c.scope);
            sources(m, &c.sources);
            m.close("li");
        }
    });
    m.element("h3", "", i18n.text(ReportMsg::IncidentsHeading));
    list(m, i18n, p.incidents.is_empty(), |m| {
        for incident in &p.incidents {
            m.open("li", "")
                .text(&incident.date)
                .text(": ")
                .text(&incident.summary);
            sources(m, &incident.sources);
            m.close("li");
        }
    });
}

/// A table of every criterion: the value (its level's name and meaning where the scale
/// names levels, and "evidence older than 18 months" where its newest source is, on
/// `today`), why, the sources, and a link to contest it; a missing value says so.
pub(super) fn values(m: &mut Markup, i18n: &I18n, dataset: &Dataset, p: &Provider, today: &str) {
    let today = SourceDate::parse(today);
    let (lang, criteria) = (i18n.lang(), &dataset.criteria);
    let caption = i18n.format(ReportMsg::ValuesCaption, &[("name", &p.name)]);
    m.table("ecc-values", &caption, true);
    m.head(&[
        i18n.text(ReportMsg::ColumnCriterion),
        i18n.text(ReportMsg::ColumnValue),
        i18n.text(ReportMsg::ColumnWhy),
    ]);
    for (criterion, cell) in criteria.iter().zip(&p.values) {
        m.open("tr", "")
            .row_header(criterion.label.get(lang))
            .open("td", "");
        value_text(m, i18n, criterion, cell);
        if let Some(newest) = stale(cell, today.as_ref()) {
            let date = newest.to_string();
            let said = i18n.format(ReportMsg::EvidenceOld, &[("date", &date)]);
            m.element("span", "ecc-stale", &said);
        }
        m.close("td")
            .open("td", "")
            .text(cell.note.as_deref().unwrap_or(""));
        sources(m, &cell.sources);
        contest_value(m, i18n, &dataset.meta.contact, p, criterion);
        m.close("td").close("tr");
    }
    m.end_table(true);
}

/// The newest source of a known value, when it is older than `STALE_MONTHS` on `today`.
fn stale(cell: &Cell, today: Option<&SourceDate>) -> Option<SourceDate> {
    cell.value?;
    let newest = cell.newest_source()?;
    (newest.months_until(today?) > STALE_MONTHS).then_some(newest)
}

/// The value as the scale names it, with the level's meaning from the rubric.
pub(super) fn value_text(m: &mut Markup, i18n: &I18n, criterion: &Criterion, cell: &Cell) {
    let lang = i18n.lang();
    match cell.value {
        None => {
            m.element(
                "strong",
                "ecc-missing-value",
                i18n.text(ReportMsg::MissingValue),
            );
        }
        Some(value) => match criterion.scale.level(value) {
            Some(level) => {
                m.element("strong", "", level.label.get(lang));
                if let Some(meaning) = &level.description {
                    m.element("span", "ecc-level-meaning", meaning.get(lang));
                }
            }
            None => {
                m.text(&plain(value));
                if let Some(unit) = &criterion.unit {
                    m.text(" ").text(unit.get(lang));
                }
            }
        },
    }
}

/// `<ul>` of items, or a line saying there are none.
fn list(m: &mut Markup, i18n: &I18n, empty: bool, items: impl FnOnce(&mut Markup)) {
    if empty {
        m.element("p", "", i18n.text(ReportMsg::NoneRecorded));
    } else {
        m.open("ul", "ecc-list");
        items(m);
        m.close("ul");
    }
}

fn note_and_sources(m: &mut Markup, note: &Option<String>, list: &[Source]) {
    if let Some(note) = note {
        m.text(". ").text(note);
    }
    sources(m, list);
}

/// "Contest this value": an e-mail to the dataset's contact whose subject names the
/// provider and the criterion, or a link to its web page; nothing when the contact is
/// neither (the footer still names it).
fn contest_value(m: &mut Markup, i18n: &I18n, contact: &str, p: &Provider, c: &Criterion) {
    let Some(url) = contact_link(contact) else {
        return;
    };
    let mut href = url.to_owned();
    if url.starts_with("mailto:") {
        let subject = i18n.format(
            ReportMsg::ContestSubject,
            &[
                ("provider", &p.name),
                ("criterion", &c.label.get(i18n.lang())),
            ],
        );
        let encoded =
            percent_encoding::utf8_percent_encode(&subject, percent_encoding::NON_ALPHANUMERIC);
        let joint = if url.contains('?') { '&' } else { '?' };
        href = format!("{href}{joint}subject={encoded}");
    }
    m.open("p", "ecc-contest")
        .link(&href, i18n.text(ReportMsg::ContestThis))
        .close("p");
}

/// The sources as links, each with its date.
pub(super) fn sources(m: &mut Markup, sources: &[Source]) {
    if sources.is_empty() {
        return;
    }
    m.open("ul", "ecc-sources");
    for s in sources {
        m.open("li", "")
            .link(&s.url, s.title.as_deref().unwrap_or(&s.url));
        m.text(" (").text(&s.date).text(")").close("li");
    }
    m.close("ul");
}
