//! The report module's answers on the host: requests, the CSV and scenario exports (and
//! loading a scenario back), the side-by-side view and the provider details.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use eurocloud_compare::data::Dataset;
use eurocloud_compare::i18n::I18n;
use eurocloud_compare::report::{Imported, Report, Request, Stamp};
use eurocloud_compare::state::{AppState, DatasetHandle};
use proptest::prelude::*;

const STAMP: Stamp = Stamp {
    today: "2026-11-28",
    page: Some("https://portal.example/compare/"),
};

fn bundled() -> Dataset {
    support::dataset(&serde_json::from_str(support::bundled()).unwrap())
}

fn report() -> Report {
    Report::new(I18n::english(), DatasetHandle::new(bundled()), "ecc")
}

/// The CSV's rows, as a spreadsheet would read them.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn requests_read_back_as_they_are_written() {
    let all = [
        Request::Analysis {
            uncertainty: 30,
            pair: (2, 5),
        },
        Request::Detail,
        Request::Compare,
        Request::Csv,
        Request::Scenario,
        Request::Print,
    ];
    for request in all {
        assert_eq!(Request::parse(&request.to_string()), Some(request));
    }
    for bad in [
        "",
        "analysis",
        "analysis:20:1",
        "analysis:x:1:2",
        "csv:1",
        "pdf",
    ] {
        assert_eq!(Request::parse(bad), None, "{bad}");
    }
}

#[test]
fn the_csv_holds_the_scenario_and_the_ranking_as_the_state_has_them() {
    let report = report();
    let fragment = "m=topsis&mv=skip&w=sov-1:40,sov-5:0&f=no-ref";
    let state = report.state(fragment);
    let text = report.answer(fragment, Request::Csv, &STAMP);
    let rows = csv_rows(&text);
    let find = |first: &str| {
        rows.iter()
            .position(|r| r[0] == first)
            .unwrap_or_else(|| panic!("no row {first} in\n{text}"))
    };
    assert!(text.starts_with('\u{feff}'), "a byte order mark for Excel");
    assert_eq!(rows[0], ["EuroCloud Compare ranking"]);
    assert_eq!(rows[find("Exported")][1], "2026-11-28");
    let data = &rows[find("Data file")];
    assert_eq!(data[2], state.dataset.meta.version);
    assert_eq!(rows[find("Method")][1], "TOPSIS");
    assert_eq!(rows[find("Missing values count as")][1], "left out");
    assert_eq!(
        rows[find("Requirements")][1],
        "Hide the non-EU reference providers"
    );
    assert_eq!(
        rows[find("Link")][1],
        format!("https://portal.example/compare/#{fragment}")
    );
    let weights = find("Criterion") + 1;
    for (i, criterion) in state.dataset.criteria.iter().enumerate() {
        let row = &rows[weights + i];
        assert_eq!(row[0], criterion.label.get("en"));
        assert_eq!(row[1], state.weights[i].to_string());
    }
    let header = find("Rank");
    assert_eq!(rows[header].len(), 7 + state.dataset.criteria.len() + 1);
    assert_eq!(
        rows[header][4..7],
        [
            "Share of the weight known",
            "Lowest score its missing values allow",
            "Highest score its missing values allow"
        ]
    );
    let ranking = state.ranking.as_ref().unwrap();
    let mut partly_known = 0;
    for ((entry, bounds), row) in ranking
        .entries
        .iter()
        .zip(state.bounds.iter())
        .zip(&rows[header + 1..])
    {
        let p = &state.dataset.providers[entry.provider];
        assert_eq!(row[0], entry.rank.to_string());
        assert_eq!(row[1], p.name);
        assert_eq!(row[3], format!("{:.2}", entry.score));
        assert_eq!(row[4], format!("{:.2}", bounds.known));
        assert_eq!(row[5], format!("{:.2}", bounds.low));
        assert_eq!(row[6], format!("{:.2}", bounds.high));
        if bounds.known < 1.0 {
            partly_known += 1;
            assert!(bounds.low < bounds.high, "{row:?}");
        }
        for (cell, value) in row[7..].iter().zip(&p.values) {
            let expected = value.value.map(|v| v.to_string()).unwrap_or_default();
            assert_eq!(*cell, expected);
        }
    }
    assert!(partly_known > 0, "the bundled file has missing values");
    let apart = find("Set apart");
    assert_eq!(rows[apart - 1], [""], "an empty row before each block");
    assert_eq!(rows.len() - apart - 1, state.excluded.len());
    for ((provider, _), row) in state.excluded.iter().zip(&rows[apart + 1..]) {
        assert_eq!(row[0], state.dataset.providers[*provider].name);
        assert!(row[1].contains("reference"), "{row:?}");
    }
}

/// The CSV rows of the bundled data with the first provider renamed.
fn csv_with_first_named(name: &str) -> Vec<Vec<String>> {
    let mut dataset = bundled();
    let mut renamed = (*dataset.providers[0]).clone();
    renamed.name = name.into();
    dataset.providers[0] = renamed.into();
    let report = Report::new(I18n::english(), DatasetHandle::new(dataset), "ecc");
    csv_rows(&report.answer("", Request::Csv, &STAMP))
}

#[test]
fn names_with_commas_and_quotes_survive_the_csv() {
    let rows = csv_with_first_named("Cloud, \"Quoted\"\nInc.");
    let name = "Cloud, \"Quoted\"\nInc.";
    assert!(rows.iter().any(|r| r.get(1).is_some_and(|n| n == name)));
}

#[test]
fn a_name_that_looks_like_a_formula_is_not_run_by_a_spreadsheet() {
    let rows = csv_with_first_named("=HYPERLINK(\"https://evil.example\")");
    let names: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.get(1))
        .map(String::as_str)
        .collect();
    assert!(
        names.contains(&"'=HYPERLINK(\"https://evil.example\")"),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.starts_with('=')));
}

/// A state with every part a scenario holds.
fn rich_state(report: &Report) -> (String, AppState) {
    let fragment =
        "m=framework&mv=midpoint&w=sov-1:30,sov-2:0&g=sov-5:2&c=secnumcloud:qualified&f=eu-hq&s=ionos,ovhcloud&p=scaleway";
    (fragment.into(), report.state(fragment))
}

#[test]
fn a_scenario_loads_back_to_the_same_state() {
    let report = report();
    let (fragment, state) = rich_state(&report);
    let json = report.answer(&fragment, Request::Scenario, &STAMP);
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(document["format"], "eurocloud-compare-scenario");
    assert_eq!(document["weights"]["sov-1"], 30);
    assert_eq!(document["missing-values"], "midpoint");
    assert_eq!(document["minimum-levels"]["sov-5"], 2);
    assert_eq!(document["compared"][1], "ovhcloud");
    assert_eq!(document["open"], "scaleway");
    let Imported { fragment, note } = report.scenario_fragment(&json).unwrap();
    assert_eq!(note, None);
    let back = report.state(&fragment);
    assert_eq!(back.weights, state.weights);
    assert_eq!(back.method, state.method);
    assert_eq!(back.missing, state.missing);
    assert_eq!(back.filters, state.filters);
    assert_eq!(back.compared, state.compared);
    assert_eq!(back.selected, state.selected);
    assert!(back.fragment_problems.is_empty());
}

#[test]
fn a_scenario_file_that_is_not_one_says_what_and_where() {
    let report = report();
    let refused = |json: &str| report.scenario_fragment(json).unwrap_err();
    assert!(
        refused("{\n  \"format\": ").contains("line 2"),
        "{}",
        refused("{\n  \"format\": ")
    );
    assert!(refused("[1]").contains("not a JSON object"));
    assert!(refused(r#"{"format": "something-else", "version": 1}"#).contains("“format”"));
    let ok = r#""format": "eurocloud-compare-scenario", "version": 1"#;
    assert!(refused(&format!("{{{ok}, \"version\": 2}}")).contains("version"));
    let bad_weight = refused(&format!("{{{ok}, \"weights\": {{\"sov-1\": 101}}}}"));
    assert!(bad_weight.contains("“weights.sov-1”"), "{bad_weight}");
    let bad_id = refused(&format!("{{{ok}, \"compared\": [\"a&w=x\"]}}"));
    assert!(bad_id.contains("“compared[0]”"), "{bad_id}");
    let smuggled = refused(&format!("{{{ok}, \"method\": \"topsis\\nCertified\"}}"));
    assert!(smuggled.contains("“method”"), "{smuggled}");
    // What the data file lacks is left to the fragment's checks, as for any link.
    let imported = report
        .scenario_fragment(&format!("{{{ok}, \"weights\": {{\"sov-99\": 5}}}}"))
        .unwrap();
    assert!(!report
        .state(&imported.fragment)
        .fragment_problems
        .is_empty());
}

#[test]
fn a_scenario_made_with_another_data_version_says_so() {
    let report = report();
    let json = r#"{"format": "eurocloud-compare-scenario", "version": 1,
        "dataset": {"version": "0.9.0"}, "weights": {"sov-1": 50}}"#;
    let imported = report.scenario_fragment(json).unwrap();
    assert_eq!(imported.fragment, "w=sov-1:50");
    let note = imported.note.unwrap();
    assert!(note.contains("0.9.0") && note.contains(&report.dataset().meta.version));
}

proptest! {
    // Each case reads the bundled data file again: fewer cases than the default.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_state_survives_a_scenario_round_trip(
        weights in prop::collection::vec(0u8..=100, 11),
        method in 0usize..3,
        picks in prop::collection::vec(0usize..100, 0..=4),
    ) {
        let report = report();
        let dataset = report.dataset();
        let n = dataset.providers.len();
        let mut ids: Vec<&str> = Vec::new();
        for p in picks {
            let id = dataset.providers[p % n].id.as_str();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let w: Vec<String> = dataset
            .criteria
            .iter()
            .zip(&weights)
            .map(|(c, w)| format!("{}:{w}", c.id))
            .collect();
        let method = ["weighted-sum", "topsis", "framework"][method];
        let fragment = format!("m={method}&w={}&s={}", w.join(","), ids.join(","));
        let state = report.state(&fragment);
        let json = report.answer(&fragment, Request::Scenario, &STAMP);
        let back = report.state(&report.scenario_fragment(&json).unwrap().fragment);
        prop_assert_eq!(back.weights, state.weights);
        prop_assert_eq!(back.method, state.method);
        prop_assert_eq!(back.compared, state.compared);
    }
}

#[test]
fn side_by_side_shows_each_provider_in_the_order_picked() {
    let report = report();
    let one = report.answer("s=ionos", Request::Compare, &STAMP);
    assert!(one.contains("at least two"), "{one}");
    let html = report.answer("s=scaleway,ionos,ovhcloud", Request::Compare, &STAMP);
    let at = |name: &str| {
        html.find(&format!("<th scope=\"col\">{name}</th>"))
            .unwrap()
    };
    assert!(at("Scaleway") < at("IONOS") && at("IONOS") < at("OVHcloud"));
    assert!(html.contains("ecc-mark-2"), "a marker per provider");
    assert!(!html.contains("ecc-mark-3"));
    assert!(html.contains("aria-hidden=\"true\""), "the chart is hidden");
    assert!(
        html.contains("role=\"region\""),
        "the table scrolls in its own region"
    );
    // A level's meaning from the rubric is shown with its label.
    let dataset = report.dataset();
    let meaning = dataset.criteria[0].scale.levels[2].description.as_ref();
    let meaning = meaning.unwrap().get("en");
    let escaped = meaning
        .replace('&', "&amp;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;");
    let has_level = dataset.providers.iter().any(|p| {
        ["scaleway", "ionos", "ovhcloud"].contains(&p.id.as_str())
            && p.values[0].value == Some(dataset.criteria[0].scale.levels[2].value)
    });
    assert_eq!(html.contains(&escaped), has_level);
}

#[test]
fn each_value_can_be_contested_by_mail_when_the_contact_is_an_address() {
    let mut dataset = bundled();
    dataset.meta.contact = "mailto:data@example.org".into();
    let report = Report::new(I18n::english(), DatasetHandle::new(dataset), "ecc");
    let html = report.answer("p=ovhcloud", Request::Detail, &STAMP);
    let link = "href=\"mailto:data@example.org?subject=Contesting%20a%20value%3A%20OVHcloud%2C%20";
    assert!(html.contains(link), "{html}");
    let criteria = bundled().criteria.len();
    assert_eq!(html.matches("Contest this value").count(), criteria);
    // The bundled contact is a sentence, not an address: no link, the footer names it.
    let plain = self::report().answer("p=ovhcloud", Request::Detail, &STAMP);
    assert!(!plain.contains("Contest this value"));
    assert!(plain.contains("ecc-level-meaning"));
}

#[test]
fn the_printed_report_has_the_scenario_the_ranking_and_the_sources() {
    let report = report();
    let (fragment, state) = rich_state(&report);
    let html = report.answer(&fragment, Request::Print, &STAMP);
    assert!(html.contains("Made on 2026-11-28"));
    let link = format!("https://portal.example/compare/#{}", state.fragment());
    assert!(html.contains(&link.replace('&', "&amp;")), "{link}");
    let ranking = state.ranking.as_ref().unwrap();
    for entry in &ranking.entries {
        assert!(html.contains(&state.dataset.providers[entry.provider].name));
    }
    // The first three and the compared ones are explained, with their sources.
    let explained = html.matches("class=\"ecc-print-provider\"").count();
    let top: Vec<usize> = ranking.entries.iter().take(3).map(|e| e.provider).collect();
    let extra = state.compared.iter().filter(|p| !top.contains(p)).count();
    assert_eq!(explained, top.len() + extra);
    assert!(html.contains("ecc-sources"));
}

#[test]
fn a_value_whose_newest_source_is_older_than_18_months_says_so_with_its_date() {
    use eurocloud_compare::data::SourceDate;
    let dataset = bundled();
    let today = SourceDate::parse(STAMP.today).unwrap();
    // Each provider's known values whose newest source is more than 18 months old.
    let stale = |p: &eurocloud_compare::data::Provider| -> Vec<SourceDate> {
        p.values
            .iter()
            .filter(|c| c.value.is_some())
            .filter_map(|c| {
                c.sources
                    .iter()
                    .filter_map(|s| SourceDate::parse(&s.date))
                    .max()
            })
            .filter(|newest| newest.months_until(&today) > 18)
            .collect()
    };
    let old = dataset
        .providers
        .iter()
        .find(|p| !stale(p).is_empty())
        .expect("a provider with old evidence");
    let fresh = dataset
        .providers
        .iter()
        .find(|p| p.values.iter().any(|c| c.value.is_some()) && stale(p).is_empty())
        .expect("a provider with only recent evidence");
    let html = report().answer(&format!("p={}", old.id), Request::Detail, &STAMP);
    let marks: Vec<&str> = html
        .split("<span class=\"ecc-stale\">")
        .skip(1)
        .map(|rest| rest.split("</span>").next().unwrap())
        .collect();
    let expected: Vec<String> = stale(old)
        .iter()
        .map(|d| format!("evidence older than 18 months (newest source {d})"))
        .collect();
    assert_eq!(marks, expected, "{}", old.id);
    let html = report().answer(&format!("p={}", fresh.id), Request::Detail, &STAMP);
    assert!(!html.contains("ecc-stale"), "{}", fresh.id);
}

#[test]
fn without_a_page_to_open_it_the_exports_carry_no_link() {
    // An element showing a portal's own file names no page (`components::LinkPage`).
    let nowhere = Stamp {
        page: None,
        ..STAMP
    };
    let report = report();
    let (fragment, _) = rich_state(&report);
    let rows = csv_rows(&report.answer(&fragment, Request::Csv, &nowhere));
    assert!(rows.iter().any(|r| r[0] == "Exported"));
    assert!(rows.iter().all(|r| r[0] != "Link"), "{rows:?}");
    let linked = csv_rows(&report.answer(&fragment, Request::Csv, &STAMP));
    assert!(linked.iter().any(|r| r[0] == "Link"));
    let html = report.answer(&fragment, Request::Print, &nowhere);
    assert!(html.contains("Made on 2026-11-28"));
    assert!(!html.contains("ecc-print-link"));
    assert!(!html.contains("portal.example"));
}
