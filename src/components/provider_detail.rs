//! One provider in full: facts, certifications, incidents, and every value with its sources.

use super::dataset_info::contest;
use super::markup::Markup;
use crate::data::{Cell, Criterion, Provider, Source, TenderOutcome};
use crate::i18n::{plain, I18n, Msg};
use crate::state::{Action, DatasetHandle};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderDetailProps {
    /// The messages to show.
    pub i18n: I18n,
    pub dataset: DatasetHandle,
    /// Index of the provider in the dataset.
    pub provider: usize,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Receives `ShowProvider(None)` to close.
    pub on_action: Callback<Action>,
}

/// Everything the data file says about one provider, each fact and value with its source
/// links and dates, and missing values marked as such. The heading and the close button
/// are yew elements; the read-only body is escaped markup (see `markup`).
#[component]
pub fn ProviderDetail(props: &ProviderDetailProps) -> Html {
    let i18n = &props.i18n;
    let dataset = &props.dataset;
    let provider = &dataset.providers[props.provider];
    let close = props
        .on_action
        .reform(|_: MouseEvent| Action::ShowProvider(None));
    let title_id = format!("{}-detail-title", props.id_prefix);
    let mut body = Markup::default();
    facts(&mut body, i18n, provider);
    values(&mut body, i18n, &dataset.criteria, provider);
    contest(&mut body, i18n, &dataset.meta.contact, "ecc-hint");
    html! {
        <section class="ecc-detail" id={format!("{}-detail", props.id_prefix)} aria-labelledby={title_id.clone()}>
            <div class="ecc-detail-head">
                <h2 id={title_id}>{ &provider.name }</h2>
                <button type="button" class="ecc-button" onclick={close}>{ i18n.text(Msg::Close) }</button>
            </div>
            { body.into_html() }
        </section>
    }
}

/// Headquarters, owner, website, listing, tender outcome, certifications and incidents.
fn facts(m: &mut Markup, i18n: &I18n, p: &Provider) {
    let term = |m: &mut Markup, label: Msg| {
        m.element("dt", "", i18n.text(label)).open("dd", "");
    };
    m.open("dl", "ecc-facts");
    term(m, Msg::FactHeadquarters);
    m.text(&p.country).close("dd");
    term(m, Msg::FactOwner);
    m.text(&p.owner.name);
    if let Some(country) = &p.owner.country {
        m.text(" (").text(country).text(")");
    }
    // The identity sources back both the headquarters and the owner.
    sources(m, &p.sources);
    m.close("dd");
    if !p.website.is_empty() {
        term(m, Msg::FactWebsite);
        m.link(&p.website, &p.website).close("dd");
    }
    if let Some(listed) = &p.listed {
        term(m, Msg::FactListed);
        m.text(i18n.text(if listed.value { Msg::Yes } else { Msg::No }));
        note_and_sources(m, &listed.note, &listed.sources);
        m.close("dd");
    }
    if let Some(tender) = &p.tender_2026 {
        term(m, Msg::FactTender);
        m.text(i18n.text(match tender.value {
            TenderOutcome::Winner => Msg::TenderWinner,
            TenderOutcome::Partner => Msg::TenderPartner,
            TenderOutcome::NotAwarded => Msg::TenderNotAwarded,
        }));
        note_and_sources(m, &tender.note, &tender.sources);
        m.close("dd");
    }
    m.close("dl");

    m.element("h3", "", i18n.text(Msg::CertificationsHeading));
    list(m, i18n, p.certifications.is_empty(), |m| {
        for c in &p.certifications {
            m.open("li", "").open("strong", "").text(c.scheme.name());
            if let Some(status) = c.status {
                m.text(" (").text(&status_text(i18n, status)).text(")");
            }
            m.close("strong").text(": ").text(&c.scope);
            sources(m, &c.sources);
            m.close("li");
        }
    });
    m.element("h3", "", i18n.text(Msg::IncidentsHeading));
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

/// A table of every criterion: the value (its level's name where the scale names levels),
/// why, and the sources; a missing value says so.
fn values(m: &mut Markup, i18n: &I18n, criteria: &[Criterion], p: &Provider) {
    let lang = i18n.lang();
    m.open("table", "ecc-values").open("caption", "");
    m.text(&i18n.format(Msg::ValuesCaption, &[("name", &p.name)]))
        .close("caption");
    m.open("thead", "").open("tr", "");
    for column in [Msg::ColumnCriterion, Msg::ColumnValue, Msg::ColumnWhy] {
        m.open("th", "").text(i18n.text(column)).close("th");
    }
    m.close("tr").close("thead").open("tbody", "");
    for (criterion, cell) in criteria.iter().zip(&p.values) {
        m.open("tr", "")
            .element("th", "", criterion.label.get(lang))
            .open("td", "");
        value_text(m, i18n, criterion, cell);
        m.close("td")
            .open("td", "")
            .text(cell.note.as_deref().unwrap_or(""));
        sources(m, &cell.sources);
        m.close("td").close("tr");
    }
    m.close("tbody").close("table");
}

fn value_text(m: &mut Markup, i18n: &I18n, criterion: &Criterion, cell: &Cell) {
    let lang = i18n.lang();
    match cell.value {
        None => {
            m.element("strong", "ecc-missing-value", i18n.text(Msg::MissingValue));
        }
        Some(value) => match criterion.scale.level(value) {
            Some(level) => {
                m.text(level.label.get(lang));
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
        m.element("p", "", i18n.text(Msg::NoneRecorded));
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

/// The sources as links, each with its date.
fn sources(m: &mut Markup, sources: &[Source]) {
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

/// A certification status in words (ACN's levels are designations, kept as written).
fn status_text(i18n: &I18n, status: &str) -> String {
    let msg = match status {
        "qualified" => Msg::StatusQualified,
        "in-progress" => Msg::StatusInProgress,
        "type-1" => Msg::StatusType1,
        "type-2" => Msg::StatusType2,
        "basic" => Msg::StatusBasic,
        "medium" => Msg::StatusMedium,
        "high" => Msg::StatusHigh,
        "member" => Msg::StatusMember,
        "label-1" => Msg::StatusLabel1,
        "label-2" => Msg::StatusLabel2,
        "label-3" => Msg::StatusLabel3,
        "code-of-conduct" => Msg::StatusCodeOfConduct,
        other => return other.to_ascii_uppercase(),
    };
    i18n.text(msg).to_owned()
}
