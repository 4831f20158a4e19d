//! What a visitor takes away: the ranking as CSV, and the scenario (method, weights,
//! requirements, the providers compared) as a JSON file that loads back.
//!
//! The CSV is blocks of rows that a spreadsheet opens as they are: the scenario, the
//! weights, the ranking with every value, and the providers set apart with their reasons.
//! Quoting is the `csv` crate's. Numbers are written with a full stop and no grouping, as
//! data rather than prose, whatever the language of the labels.

use crate::data::json::{tree, Map, Value};
use crate::data::{is_valid_id, Dataset, Flag};
use crate::engine::screen::Exclusion;
use crate::i18n::{decimal, plain, I18n, ReportMsg};
use crate::state::AppState;

/// The `format` of a scenario file, and the version of its layout.
pub const SCENARIO_FORMAT: &str = "eurocloud-compare-scenario";
pub const SCENARIO_VERSION: u64 = 1;

/// The active requirements in words, as the controls name them; empty when there is none.
pub fn requirements_in_words(i18n: &I18n, dataset: &Dataset, state: &AppState) -> Vec<String> {
    let filters = &state.filters;
    let mut words: Vec<String> = (0..dataset.criteria.len())
        .filter(|&c| filters.gate(c) > 0)
        .map(|criterion| {
            let minimum = filters.gate(criterion);
            i18n.exclusion_filter(dataset, &Exclusion::BelowGate { criterion, minimum })
        })
        .collect();
    words.extend(filters.required.iter().map(|r| i18n.requirement(r)));
    words.extend(
        Flag::ALL
            .into_iter()
            .filter(|f| filters.flag(*f))
            .map(|f| i18n.flag(f).to_owned()),
    );
    words
}

/// The ranking as CSV: the scenario, the weights, the ranking with each criterion's value,
/// and the providers set apart with their reasons, in blocks separated by an empty row.
/// `link` reopens the state, where a page can (the row is left out otherwise).
pub fn csv(i18n: &I18n, state: &AppState, today: &str, link: Option<&str>) -> String {
    let dataset = &state.dataset;
    let lang = i18n.lang();
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    let mut row = |cells: &[&str]| {
        // Writing to a Vec cannot fail.
        let _ = out.write_record(cells.iter().map(|cell| inert(cell).into_owned()));
    };
    let text = |msg| i18n.text(msg);
    let meta = &dataset.meta;
    let updated = meta.last_updated.map(|d| d.to_string()).unwrap_or_default();
    row(&[text(ReportMsg::CsvTitle)]);
    row(&[text(ReportMsg::CsvExported), today]);
    row(&[
        text(ReportMsg::CsvDataFile),
        meta.title.get(lang),
        &meta.version,
        &updated,
    ]);
    row(&[text(ReportMsg::CsvMethod), i18n.method(state.method).0]);
    row(&[
        text(ReportMsg::CsvMissingRule),
        i18n.missing_rule(state.missing).0,
    ]);
    let requirements = requirements_in_words(i18n, dataset, state);
    let mut cells = vec![text(ReportMsg::CsvRequirements)];
    if requirements.is_empty() {
        cells.push(text(ReportMsg::CsvNone));
    }
    cells.extend(requirements.iter().map(String::as_str));
    row(&cells);
    if let Some(link) = link {
        row(&[text(ReportMsg::CsvLink), link]);
    }
    row(&[]);

    row(&[text(ReportMsg::CsvCriterion), text(ReportMsg::CsvWeight)]);
    let weights: Vec<String> = state.weights.iter().map(u8::to_string).collect();
    for (criterion, weight) in dataset.criteria.iter().zip(&weights) {
        row(&[criterion.label.get(lang), weight]);
    }
    row(&[]);

    let mut header = vec![
        text(ReportMsg::CsvRank),
        text(ReportMsg::CsvProvider),
        text(ReportMsg::CsvCountry),
        text(ReportMsg::CsvScore),
        text(ReportMsg::CsvKnown),
        text(ReportMsg::CsvScoreLow),
        text(ReportMsg::CsvScoreHigh),
    ];
    header.extend(dataset.criteria.iter().map(|c| c.label.get(lang)));
    header.push(text(ReportMsg::CsvMissing));
    row(&header);
    if let Ok(ranking) = &state.ranking {
        for (entry, bounds) in ranking.entries.iter().zip(state.bounds.iter()) {
            let p = &dataset.providers[entry.provider];
            let rank = entry.rank.to_string();
            let score = decimal(entry.score, 2, ".");
            let [known, low, high] =
                [bounds.known, bounds.low, bounds.high].map(|x| decimal(x, 2, "."));
            let values: Vec<String> = p
                .values
                .iter()
                .map(|cell| cell.value.map(plain).unwrap_or_default())
                .collect();
            let missing = i18n.missing(dataset, entry.provider, "; ");
            let mut cells = vec![
                rank.as_str(),
                &p.name,
                &p.country,
                &score,
                &known,
                &low,
                &high,
            ];
            cells.extend(values.iter().map(String::as_str));
            cells.push(&missing);
            row(&cells);
        }
    }
    if !state.excluded.is_empty() {
        row(&[]);
        row(&[text(ReportMsg::CsvSetApart), text(ReportMsg::CsvReasons)]);
        for (provider, reasons) in state.excluded.iter() {
            let reasons = i18n.reasons(dataset, *provider, reasons);
            row(&[&dataset.providers[*provider].name, &reasons]);
        }
    }
    let bytes = out.into_inner().unwrap_or_default();
    // A byte order mark, without which Excel reads UTF-8 as the local code page.
    ['\u{feff}'].iter().collect::<String>() + &String::from_utf8(bytes).unwrap_or_default()
}

/// A cell a spreadsheet will not run as a formula: text from the data file that starts
/// with `=`, `+`, `-`, `@` or a control character gets a leading apostrophe (OWASP's advice
/// against CSV injection); numbers are left as they are.
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The scenario as JSON: every weight by criterion id, the method, the requirements, the
/// providers compared and opened, and the data file it was made with.
pub fn scenario(state: &AppState, today: &str) -> String {
    use serde_json::{json, Map, Value as Json};
    let dataset = &state.dataset;
    let filters = &state.filters;
    let weights: Map<String, Json> = dataset
        .criteria
        .iter()
        .zip(state.weights.iter())
        .map(|(c, w)| (c.id.clone(), json!(w)))
        .collect();
    let levels: Map<String, Json> = dataset
        .criteria
        .iter()
        .enumerate()
        .filter(|(i, _)| filters.gate(*i) > 0)
        .map(|(i, c)| (c.id.clone(), json!(filters.gate(i))))
        .collect();
    let certifications: Vec<Json> = filters
        .required
        .iter()
        .map(|r| match r.status {
            Some(status) => json!({ "scheme": r.scheme.id(), "least-status": status }),
            None => json!({ "scheme": r.scheme.id() }),
        })
        .collect();
    let flags: Vec<&str> = Flag::ALL
        .into_iter()
        .filter(|f| filters.flag(*f))
        .map(Flag::id)
        .collect();
    let id = |i: &usize| dataset.providers[*i].id.as_str();
    let compared: Vec<&str> = state.compared.iter().map(id).collect();
    let meta = &dataset.meta;
    let document = json!({
        "format": SCENARIO_FORMAT,
        "version": SCENARIO_VERSION,
        "exported": today,
        "dataset": {
            "title": meta.title.get("en"),
            "version": meta.version,
            "updated": meta.last_updated.map(|d| d.to_string()),
        },
        "method": state.method.id(),
        "missing-values": state.missing.id(),
        "weights": weights,
        "minimum-levels": levels,
        "certifications": certifications,
        "filters": flags,
        "compared": compared,
        "open": state.selected.as_ref().map(id),
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// What a scenario file asks for: the URL fragment that reproduces it (whose own problems,
/// an unknown criterion say, the widget reports as for any link), and a note when it was
/// made with another version of the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub fragment: String,
    pub note: Option<String>,
}

/// Reads a scenario file (`scenario`). A file that is not one is refused with what is
/// wrong and where; what it asks for that the data file lacks is left to the fragment's
/// own checks.
pub fn scenario_fragment(i18n: &I18n, dataset: &Dataset, json: &str) -> Result<Imported, String> {
    let bad = |path: &str, msg: ReportMsg| Err(i18n.format(msg, &[("path", &path)]));
    let document = match tree(json) {
        Ok(Value::Object(document)) => document,
        Ok(_) => return bad("", ReportMsg::ScenarioNotObject),
        Err((line, column)) => {
            return Err(i18n.format(
                ReportMsg::ScenarioNotJson,
                &[("line", &line), ("column", &column)],
            ))
        }
    };
    if document.get("format").and_then(Value::as_str) != Some(SCENARIO_FORMAT) {
        return bad("format", ReportMsg::ScenarioWrongFormat);
    }
    match document.get("version").and_then(Value::as_u64) {
        Some(SCENARIO_VERSION) => {}
        _ => return bad("version", ReportMsg::ScenarioWrongVersion),
    }
    let mut parts: Vec<String> = Vec::new();
    let to_message = |(path, msg): Bad| i18n.format(msg, &[("path", &path)]);
    match document.get("method") {
        None => {}
        Some(Value::String(method)) if is_valid_id(method) => {
            parts.push(format!("m={method}"));
        }
        Some(_) => return bad("method", ReportMsg::ScenarioNotId),
    }
    match document.get("missing-values") {
        None => {}
        Some(Value::String(missing)) if is_valid_id(missing) => {
            parts.push(format!("mv={missing}"));
        }
        Some(_) => return bad("missing-values", ReportMsg::ScenarioNotId),
    }
    for (key, field) in [("w", "weights"), ("g", "minimum-levels")] {
        if let Some(part) = numbers_part(&document, key, field).map_err(to_message)? {
            parts.push(part);
        }
    }
    parts.push(certifications_part(&document).map_err(to_message)?);
    for (key, field) in [("f", "filters"), ("s", "compared")] {
        if let Some(part) = ids_part(&document, key, field).map_err(to_message)? {
            parts.push(part);
        }
    }
    match document.get("open") {
        None | Some(Value::Null) => {}
        Some(Value::String(id)) if is_valid_id(id) => parts.push(format!("p={id}")),
        Some(_) => return bad("open", ReportMsg::ScenarioNotId),
    }
    let made_with = document
        .get("dataset")
        .and_then(|d| d.get("version"))
        .and_then(Value::as_str);
    let note = match made_with {
        Some(version) if version != dataset.meta.version => Some(i18n.format(
            ReportMsg::ScenarioOtherVersion,
            &[("version", &version), ("current", &dataset.meta.version)],
        )),
        _ => None,
    };
    // Empty lists add nothing: the fragment stays as short as the widget would write it.
    let fragment = parts
        .into_iter()
        .filter(|p| !p.ends_with('='))
        .collect::<Vec<_>>()
        .join("&");
    Ok(Imported { fragment, note })
}

/// Where a scenario file is wrong, and what is wrong there.
type Bad = (String, ReportMsg);

// Each entry goes into the fragment as written: only what has the form of an id
// (lowercase letters, digits and single hyphens, as the data file's ids, `is_valid_id`),
// so that nothing can break the fragment's syntax or the widget's messages.

/// `key=id:number,...` from an object of whole numbers 0..=100 (weights, minimum levels).
fn numbers_part(document: &Map, key: &str, field: &str) -> Result<Option<String>, Bad> {
    let Some(value) = document.get(field) else {
        return Ok(None);
    };
    let Value::Object(entries) = value else {
        return Err((field.to_owned(), ReportMsg::ScenarioNotNumbers));
    };
    let mut list = Vec::new();
    for (id, number) in entries.iter() {
        let path = format!("{field}.{id}");
        let Some(number) = number.as_u64().filter(|n| *n <= 100) else {
            return Err((path, ReportMsg::ScenarioNotNumbers));
        };
        if !is_valid_id(id) {
            return Err((path, ReportMsg::ScenarioNotId));
        }
        list.push(format!("{id}:{number}"));
    }
    Ok(Some(format!("{key}={}", list.join(","))))
}

/// `c=scheme[:least-status],...` from the list of required certifications.
fn certifications_part(document: &Map) -> Result<String, Bad> {
    let mut certifications = Vec::new();
    if let Some(value) = document.get("certifications") {
        let Value::Array(items) = value else {
            return Err(("certifications".to_owned(), ReportMsg::ScenarioNotList));
        };
        for (i, item) in items.iter().enumerate() {
            let scheme = item.get("scheme").and_then(Value::as_str);
            let status = item.get("least-status").map(Value::as_str);
            match (scheme, status) {
                (Some(s), None) if is_valid_id(s) => certifications.push(s.to_owned()),
                (Some(s), Some(Some(status))) if is_valid_id(s) && is_valid_id(status) => {
                    certifications.push(format!("{s}:{status}"))
                }
                _ => return Err((format!("certifications[{i}]"), ReportMsg::ScenarioNotId)),
            }
        }
    }
    Ok(format!("c={}", certifications.join(",")))
}

/// `key=id,...` from a list of ids (filters, compared providers).
fn ids_part(document: &Map, key: &str, field: &str) -> Result<Option<String>, Bad> {
    let Some(value) = document.get(field) else {
        return Ok(None);
    };
    let Value::Array(items) = value else {
        return Err((field.to_owned(), ReportMsg::ScenarioNotList));
    };
    let mut list = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(id) if is_valid_id(id) => list.push(id),
            _ => return Err((format!("{field}[{i}]"), ReportMsg::ScenarioNotId)),
        }
    }
    Ok(Some(format!("{key}={}", list.join(","))))
}
