//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): each test
//! mounts into its own root and waits on `yew::scheduler::flush`, never on a fixed sleep.
#![cfg(target_arch = "wasm32")]

mod support;

use eurocloud_compare::components::{
    App, AppProps, Compare, CompareProps, Full, LinkPage, ReportSource, FRAGMENT_DELAY_MS,
};
use eurocloud_compare::data::Dataset;
use eurocloud_compare::engine::{self, Missing};
use eurocloud_compare::i18n::{decimal, I18n};
use eurocloud_compare::report::Report;
use eurocloud_compare::state::{DatasetHandle, Settings};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

fn bundled() -> Dataset {
    support::dataset(&serde_json::from_str(support::bundled()).unwrap())
}

fn new_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    root
}

/// Mounts the comparison with the report linked in (the built page downloads it; the
/// end-to-end tests cover that).
async fn mount_compare(dataset: DatasetHandle, fragment: &str) -> Element {
    mount_linked(dataset, fragment, LinkPage::Here).await
}

/// `mount_compare`, with links to a state opening `link`. The address holds `fragment`,
/// as for a page opened at it.
async fn mount_linked(dataset: DatasetHandle, fragment: &str, link: LinkPage) -> Element {
    open_at(fragment).await;
    let root = new_root();
    let report = Report::new(I18n::english(), dataset.clone(), "t");
    let props = CompareProps {
        i18n: I18n::english(),
        dataset,
        warnings: Rc::new([]),
        initial_fragment: AttrValue::from(fragment.to_owned()),
        settings: None,
        id_prefix: AttrValue::Static("t"),
        full: Full::Text(AttrValue::default()),
        report: ReportSource::Linked(Rc::new(report)),
        link,
    };
    yew::Renderer::<Compare>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// (provider id, data-rank, data-score) of every row, top to bottom.
fn rows(root: &Element) -> Vec<(String, String, String)> {
    all(root, "tr[data-provider-id]")
        .iter()
        .map(|row| {
            let attr = |name| row.get_attribute(name).unwrap();
            (
                attr("data-provider-id"),
                attr("data-rank"),
                attr("data-score"),
            )
        })
        .collect()
}

/// The rows the engine predicts for these weights, under the weighted sum.
fn predicted(dataset: &Dataset, weights: &[u8]) -> Vec<(String, String, String)> {
    predicted_by(engine::Method::WeightedSum, dataset, weights)
}

/// The rows the engine predicts under `method`.
fn predicted_by(
    method: engine::Method,
    dataset: &Dataset,
    weights: &[u8],
) -> Vec<(String, String, String)> {
    engine::rank_by(method, Missing::Worst, dataset, weights)
        .unwrap()
        .entries
        .iter()
        .map(|e| {
            (
                dataset.providers[e.provider].id.clone(),
                e.rank.to_string(),
                decimal(e.score, 2, "."),
            )
        })
        .collect()
}

fn slider(root: &Element, criterion: &str) -> HtmlInputElement {
    one(
        root,
        &format!("input[type=range][data-criterion-id={criterion}]"),
    )
    .dyn_into()
    .unwrap()
}

/// Moves a slider as a person does: sets its value and fires a bubbling `input` event.
async fn move_slider(root: &Element, criterion: &str, value: u8) {
    let input = slider(root, criterion);
    input.set_value(&value.to_string());
    fire(&input, "input").await;
}

/// Fires a bubbling event (yew listens at the root) and lets the app re-render.
async fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn click(element: &Element) {
    element.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn rows_follow_the_engine_and_carry_the_test_contract() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    assert_eq!(rows(&root), predicted(&dataset, dataset.default_weights()));
    assert_eq!(
        all(&root, "input[type=range][data-criterion-id]").len(),
        dataset.criteria.len()
    );
    let table = one(&root, "table.ecc-ranking");
    assert!(table.query_selector("caption").unwrap().is_some());
    assert_eq!(all(&table, "thead th[scope=col]").len(), 4);
    assert_eq!(
        all(&table, "tbody th[scope=row]").len(),
        dataset.providers.len()
    );
    // The reference provider is labelled, and missing values are said in words, naming
    // each criterion without a value.
    let azure = one(&root, "tr[data-provider-id=microsoft-azure]");
    assert!(azure.text_content().unwrap().contains("non-EU reference"));
    let gaps = dataset
        .providers
        .iter()
        .find(|p| p.values.iter().any(|v| v.value.is_none()))
        .expect("a provider with a missing value");
    let row = one(&root, &format!("tr[data-provider-id=\"{}\"]", gaps.id));
    let said = one(&row, ".ecc-missing").text_content().unwrap();
    assert!(said.starts_with("No sourced value for"), "{said}");
    for (criterion, cell) in dataset.criteria.iter().zip(&gaps.values) {
        let label = criterion.label.get("en");
        assert_eq!(
            said.contains(label),
            cell.value.is_none(),
            "{label} in {said}"
        );
    }
}

#[wasm_bindgen_test]
async fn moving_a_weight_resorts_the_rows_as_the_engine_predicts() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    let ovh_row = one(&root, "tr[data-provider-id=ovhcloud]");
    let input = slider(&root, "sov-1");
    input.focus().unwrap();

    let mut weights = dataset.default_weights().to_vec();
    for (criterion, index, value) in [("sov-1", 0, 100), ("sov-6", 5, 0), ("sov-2", 1, 73)] {
        move_slider(&root, criterion, value).await;
        weights[index] = value;
        assert_eq!(
            rows(&root),
            predicted(&dataset, &weights),
            "after {criterion}={value}"
        );
        let output = one(&root, &format!("output[for=t-w-{criterion}]"));
        assert_eq!(output.text_content().unwrap(), value.to_string());
    }
    assert_ne!(weights, dataset.default_weights());
    // The weight panel is written once: the slider being moved is never replaced.
    assert!(input.is_same_node(Some(&slider(&root, "sov-1"))));
    // Rows are keyed: a re-rank moves the provider's row, it does not make a new one.
    assert!(ovh_row.is_same_node(Some(&one(&root, "tr[data-provider-id=ovhcloud]"))));
    // Focus stays on the slider being moved.
    let active = gloo::utils::document().active_element().unwrap();
    assert!(active.is_same_node(Some(&input)));
    // The address bar follows once the weights have stayed still, not at every step.
    let expected = "#w=sov-1:100,sov-2:73,sov-6:0";
    assert_ne!(address(), expected, "written before the state settled");
    assert_eq!(written_fragment().await, expected);
}

#[wasm_bindgen_test]
async fn a_page_left_before_the_fragment_is_written_writes_it_first() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    move_slider(&root, "sov-4", 0).await;
    assert_ne!(address(), "#w=sov-4:0");
    fire(&gloo::utils::window(), "pagehide").await;
    assert_eq!(address(), "#w=sov-4:0");
    clear_address();
}

#[wasm_bindgen_test]
async fn step_buttons_set_a_weight_without_dragging() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    click(&one(&root, "button[data-criterion-id=sov-8][data-step=up]")).await;
    click(&one(&root, "button[data-criterion-id=sov-8][data-step=up]")).await;
    assert_eq!(slider(&root, "sov-8").value(), "15");
    click(&one(
        &root,
        "button[data-criterion-id=sov-3][data-step=down]",
    ))
    .await;
    assert_eq!(slider(&root, "sov-3").value(), "5");
    let mut weights = dataset.default_weights().to_vec();
    weights[7] = 15;
    weights[2] = 5;
    assert_eq!(rows(&root), predicted(&dataset, &weights));
    let button = one(&root, "button[data-criterion-id=sov-8][data-step=up]");
    assert!(button
        .get_attribute("aria-label")
        .unwrap()
        .starts_with("Increase the weight of"));
}

#[wasm_bindgen_test]
async fn presets_and_reset() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    let select: HtmlSelectElement = one(&root, "select#t-preset").dyn_into().unwrap();
    let equal = dataset
        .presets
        .iter()
        .position(|p| p.id == "equal")
        .unwrap();
    select.set_value(&equal.to_string());
    fire(&select, "change").await;
    assert_eq!(
        rows(&root),
        predicted(&dataset, &dataset.presets[equal].weights)
    );
    let shown = |root: &Element| -> String {
        one(root, "select#t-preset")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value()
    };
    assert_eq!(
        shown(&root),
        equal.to_string(),
        "the select shows the preset"
    );
    move_slider(&root, "sov-4", 90).await;
    let mut weights = dataset.presets[equal].weights.clone();
    weights[3] = 90;
    assert_eq!(rows(&root), predicted(&dataset, &weights));
    assert_eq!(
        shown(&root),
        "custom",
        "weights matching no preset are custom"
    );
    let reset = all(&root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap().contains("Reset"))
        .unwrap();
    reset
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    click(&reset).await;
    assert_eq!(rows(&root), predicted(&dataset, dataset.default_weights()));
    // The preset panel is written anew, and focus goes to its new reset button.
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active.id(), "t-reset", "focus stays on the reset button");
    assert!(root.contains(Some(&active)));
    assert_eq!(shown(&root), dataset.default_preset.to_string());
}

#[wasm_bindgen_test]
async fn all_weights_zero_says_so_instead_of_ranking() {
    let dataset = bundled();
    let fragment = dataset
        .criteria
        .iter()
        .map(|c| format!("{}:0", c.id))
        .collect::<Vec<_>>()
        .join(",");
    let root = mount_compare(DatasetHandle::new(dataset), &format!("#w={fragment}")).await;
    assert!(rows(&root).is_empty());
    assert!(root
        .text_content()
        .unwrap()
        .contains("All weights are zero"));
    move_slider(&root, "sov-5", 10).await;
    assert!(!rows(&root).is_empty());
}

#[wasm_bindgen_test]
async fn a_shared_fragment_restores_the_weights() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "#w=sov-5:0,sov-3:60").await;
    assert_eq!(slider(&root, "sov-5").value(), "0");
    assert_eq!(slider(&root, "sov-3").value(), "60");
    assert_eq!(
        slider(&root, "sov-1").value(),
        "15",
        "left out: the preset's weight"
    );
    let mut weights = dataset.default_weights().to_vec();
    weights[4] = 0;
    weights[2] = 60;
    assert_eq!(rows(&root), predicted(&dataset, &weights));
}

#[wasm_bindgen_test]
async fn a_malformed_fragment_shows_a_notice_and_the_defaults() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "#w=sov-1:999,bogus").await;
    assert_eq!(rows(&root), predicted(&dataset, dataset.default_weights()));
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Part of this link could not be used"),
        "{text}"
    );
    assert!(text.contains("“999” for “sov-1”"), "{text}");
    assert!(text.contains("The default weights are shown"), "{text}");
    // New weights rewrite the link: the notice about the old one goes.
    move_slider(&root, "sov-1", 30).await;
    assert!(!root.text_content().unwrap().contains("Part of this link"));
}

fn check(text: &str, full: &str) -> String {
    eurocloud_compare::report::check(&I18n::english(), text, full)
}

async fn mount_app(data_url: String) -> Element {
    mount_app_with(data_url, None).await
}

async fn mount_app_with(data_url: String, ranking_url: Option<String>) -> Element {
    let root = new_root();
    let props = AppProps {
        data_url: AttrValue::from(data_url),
        ranking_url: ranking_url.map(AttrValue::from),
        initial_fragment: AttrValue::default(),
        settings: None,
        id_prefix: AttrValue::Static("a"),
        i18n: I18n::english(),
        // A plain file is read by the report module's reader, linked in here.
        report: ReportSource::Reader(check),
        preloaded: None,
        link: LinkPage::Here,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// Waits for the download to settle: the loading message gives way.
async fn until_loaded(root: &Element) {
    let root = root.clone();
    until("the data finished loading", move || {
        root.query_selector(".ecc-loading").unwrap().is_none()
    })
    .await;
    yew::scheduler::flush().await;
}

/// How long `until` waits before it fails.
const LIMIT_MS: u32 = 5_000;

/// Resolves once `done` holds: checked at once, then after each change to the document
/// (a `MutationObserver`), never on a timer; fails, naming `what`, when it does not hold
/// within `LIMIT_MS`.
async fn until(what: &str, done: impl Fn() -> bool + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    if done() {
        return;
    }
    let done = Rc::new(done);
    let mut settle = None;
    let holds = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    let (resolve, check) = (settle.unwrap(), done.clone());
    let changed = Closure::<dyn FnMut()>::new(move || {
        if check() {
            resolve.call0(&JsValue::NULL).unwrap();
        }
    });
    let observer = web_sys::MutationObserver::new(changed.as_ref().unchecked_ref()).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    init.set_attributes(true);
    init.set_character_data(true);
    let document = gloo::utils::document();
    observer.observe_with_options(&document, &init).unwrap();
    let limit = gloo_timers::future::TimeoutFuture::new(LIMIT_MS);
    let limit = wasm_bindgen_futures::future_to_promise(async move {
        limit.await;
        Ok(JsValue::NULL)
    });
    let either = js_sys::Promise::race(&js_sys::Array::of2(&holds, &limit));
    wasm_bindgen_futures::JsFuture::from(either).await.unwrap();
    observer.disconnect();
    assert!(done(), "{what}: not within {LIMIT_MS} ms");
}

/// Resolves at the next `kind` event on `target` (one the browser dispatches later, such
/// as `toggle`), then lets the app re-render.
async fn next_event(target: &web_sys::EventTarget, kind: &'static str) {
    let mut settle = None;
    let fired = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    let resolve = settle.unwrap();
    let _once = gloo::events::EventListener::once(target, kind, move |_| {
        resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(fired).await.unwrap();
    yew::scheduler::flush().await;
}

/// The address bar's fragment now.
fn address() -> String {
    gloo::utils::window().location().hash().unwrap()
}

/// The address bar's fragment once the widget has written it: `FRAGMENT_DELAY_MS` after
/// the last change (its timer was set first, so it fires first).
async fn written_fragment() -> String {
    gloo_timers::future::TimeoutFuture::new(FRAGMENT_DELAY_MS).await;
    address()
}

/// Empties the address bar's fragment, for the tests that follow.
fn clear_address() {
    set_address("");
}

/// The address as a page opened at `fragment` has it, once the widgets earlier tests left
/// mounted have written what they had pending: one widget per address, as on a page.
async fn open_at(fragment: &str) {
    gloo_timers::future::TimeoutFuture::new(FRAGMENT_DELAY_MS).await;
    set_address(fragment);
}

/// Puts `fragment` in the address bar, with no `hashchange` (as a page opened at it).
fn set_address(fragment: &str) {
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap();
    let fragment = fragment.trim_start_matches('#');
    let url = if fragment.is_empty() {
        path
    } else {
        [&path, "#", fragment].concat()
    };
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn data_url(json: &str) -> String {
    format!(
        "data:application/json;charset=utf-8,{}",
        js_sys_encode(json)
    )
}

fn js_sys_encode(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

#[wasm_bindgen_test]
async fn the_app_downloads_its_data_file_and_ranks_it() {
    let root = mount_app(data_url(support::bundled())).await;
    assert!(root.text_content().unwrap().contains("Loading"));
    until_loaded(&root).await;
    let dataset = bundled();
    assert_eq!(rows(&root), predicted(&dataset, dataset.default_weights()));
}

/// The compact form of the bundled file, saying it was made from `full`.
fn compact_of_bundled(full: &str) -> String {
    let loaded = eurocloud_compare::data::parse(support::bundled()).unwrap();
    eurocloud_compare::data::compact::write(&loaded.dataset, full)
}

#[wasm_bindgen_test]
async fn the_app_ranks_from_the_compact_file_made_from_its_data_file() {
    // The plain file named is broken: only the compact file can give this ranking.
    let plain = data_url("{ not json");
    let ranking = data_url(&compact_of_bundled(&plain));
    let root = mount_app_with(plain, Some(ranking)).await;
    until_loaded(&root).await;
    let dataset = bundled();
    assert_eq!(rows(&root), predicted(&dataset, dataset.default_weights()));
}

#[wasm_bindgen_test]
async fn a_compact_file_made_from_another_file_is_not_used() {
    let mut json: serde_json::Value = serde_json::from_str(support::bundled()).unwrap();
    json["criteria"][2]["direction"] = serde_json::json!("higher");
    let plain = data_url(&json.to_string());
    let ranking = data_url(&compact_of_bundled("other-providers.json"));
    let root = mount_app_with(plain, Some(ranking)).await;
    until_loaded(&root).await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("criteria[2].direction: “higher” is not one of: benefit, cost"),
        "{text}"
    );
    assert!(rows(&root).is_empty());
}

#[wasm_bindgen_test]
async fn a_missing_compact_file_falls_back_to_the_plain_one() {
    let root = mount_app_with(
        data_url(support::bundled()),
        Some("/no-such-file.ranking.json".into()),
    )
    .await;
    until_loaded(&root).await;
    let dataset = bundled();
    assert_eq!(rows(&root), predicted(&dataset, dataset.default_weights()));
}

#[wasm_bindgen_test]
async fn a_failed_download_says_why_and_offers_a_retry() {
    let root = mount_app("/no-such-file.json".into()).await;
    until_loaded(&root).await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("could not be downloaded from /no-such-file.json"),
        "{text}"
    );
    assert!(text.contains("HTTP status 404"), "{text}");
    let retry = one(&root, ".ecc-notice--error button");
    assert_eq!(retry.text_content().unwrap(), "Try again");
    click(&retry).await;
    until_loaded(&root).await;
    assert!(root.text_content().unwrap().contains("HTTP status 404"));
}

#[wasm_bindgen_test]
async fn an_unusable_file_lists_what_is_wrong_and_where() {
    let mut json: serde_json::Value = serde_json::from_str(support::bundled()).unwrap();
    json["criteria"][2]["direction"] = serde_json::json!("higher");
    let root = mount_app(data_url(&json.to_string())).await;
    until_loaded(&root).await;
    let text = root.text_content().unwrap();
    assert!(text.contains("cannot be used"), "{text}");
    assert!(
        text.contains("criteria[2].direction: “higher” is not one of: benefit, cost"),
        "{text}"
    );
    assert!(rows(&root).is_empty());
}

#[wasm_bindgen_test]
async fn a_bad_value_is_set_aside_and_the_rest_is_ranked() {
    let mut json: serde_json::Value = serde_json::from_str(support::bundled()).unwrap();
    json["providers"][0]["values"]["sov-1"]["value"] = serde_json::json!(9);
    json["providers"][2]["values"]["sov-2"]["value"] = serde_json::json!("high");
    let root = mount_app(data_url(&json.to_string())).await;
    until_loaded(&root).await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Parts of the data file were set aside (2)"),
        "{text}"
    );
    let outside = "providers[0].values.sov-1.value: the value 9 lies outside the scale 0 to 4";
    assert!(text.contains(outside), "{text}");
    let typed = "providers[2].values.sov-2.value: expected number, found string";
    assert!(text.contains(typed), "{text}");
    assert_eq!(rows(&root).len(), bundled().providers.len());
}

#[wasm_bindgen_test]
async fn a_provider_opens_with_every_value_its_sources_and_dates() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    assert!(root.query_selector(".ecc-detail").unwrap().is_none());
    let button = one(&root, "tr[data-provider-id=ovhcloud] button.ecc-link");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    click(&button).await;
    let detail = one(&root, "section.ecc-detail");
    // The row is written anew: the same provider's button now says it is expanded.
    let button = one(&root, "tr[data-provider-id=ovhcloud] button.ecc-link");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        button.get_attribute("aria-controls"),
        detail.get_attribute("id"),
        "the button controls the details"
    );
    let ovh = dataset
        .providers
        .iter()
        .find(|p| p.id == "ovhcloud")
        .unwrap();
    let text = detail.text_content().unwrap();
    assert!(text.contains("OVHcloud"));
    // One row per criterion; each value's sources are links with their dates.
    assert_eq!(
        all(&detail, "table.ecc-values:not(.ecc-breakdown) tbody tr").len(),
        dataset.criteria.len()
    );
    for (criterion, cell) in dataset.criteria.iter().zip(&ovh.values) {
        for source in &cell.sources {
            let link = format!("a[href=\"{}\"]", source.url);
            assert!(
                detail.query_selector(&link).unwrap().is_some(),
                "{}: {link}",
                criterion.id
            );
            assert!(
                text.contains(&format!("({})", source.date)),
                "{}",
                source.date
            );
        }
    }
    let missing = ovh.values.iter().filter(|c| c.value.is_none()).count();
    assert_eq!(
        all(&detail, ".ecc-missing-value").len(),
        missing,
        "missing values are marked"
    );
    for certification in &ovh.certifications {
        assert!(
            text.contains(certification.scheme.name()),
            "{:?}",
            certification.scheme
        );
    }
    // Moving a weight keeps the details open; Close closes them.
    move_slider(&root, "sov-2", 50).await;
    assert!(root.query_selector("section.ecc-detail").unwrap().is_some());
    let detail = one(&root, "section.ecc-detail");
    let close = all(&detail, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap() == "Close")
        .unwrap();
    click(&close).await;
    assert!(root.query_selector("section.ecc-detail").unwrap().is_none());
    let button = one(&root, "tr[data-provider-id=ovhcloud] button.ecc-link");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_missing_value_is_marked_and_its_note_says_why() {
    let dataset = bundled();
    let (index, provider) = dataset
        .providers
        .iter()
        .enumerate()
        .find(|(_, p)| p.values.iter().any(|c| c.value.is_none()))
        .unwrap();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    click(&one(
        &root,
        &format!("tr[data-provider-id={}] button.ecc-link", provider.id),
    ))
    .await;
    let detail = one(&root, "section.ecc-detail");
    let (criterion, cell) = dataset
        .criteria
        .iter()
        .zip(&dataset.providers[index].values)
        .find(|(_, c)| c.value.is_none())
        .unwrap();
    let row = all(&detail, "table.ecc-values:not(.ecc-breakdown) tbody tr")
        .into_iter()
        .find(|r| {
            r.text_content()
                .unwrap()
                .starts_with(criterion.label.get("en"))
        })
        .unwrap();
    let text = row.text_content().unwrap();
    assert!(text.contains("Missing"), "{text}");
    assert!(text.contains(cell.note.as_deref().unwrap()), "{text}");
}

/// Chooses `value` in a select as a person does.
async fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = one(root, selector).dyn_into().unwrap();
    select.set_value(value);
    fire(&select, "change").await;
}

#[wasm_bindgen_test]
async fn the_method_select_ranks_by_topsis_and_the_framework() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    choose(&root, "select#t-method", "topsis").await;
    let weights = dataset.default_weights();
    let expected = predicted_by(engine::Method::Topsis, &dataset, weights);
    assert_eq!(rows(&root), expected);
    assert_eq!(written_fragment().await, "#m=topsis");
    choose(&root, "select#t-method", "framework").await;
    // With the default weights (regions 0) the framework ranks as the weighted sum.
    assert_eq!(rows(&root), predicted(&dataset, weights));
    choose(&root, "select#t-method", "weighted-sum").await;
}

#[wasm_bindgen_test]
async fn the_missing_values_select_reranks_and_rows_carry_their_range() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    let weights = dataset.default_weights();
    for (id, missing, fragment) in [
        ("skip", Missing::Skip, "#mv=skip"),
        ("midpoint", Missing::Midpoint, "#mv=midpoint"),
        ("worst", Missing::Worst, ""),
    ] {
        choose(&root, "select#t-missing", id).await;
        let method = engine::Method::WeightedSum;
        let scores = engine::scores(method, missing, &dataset, weights).unwrap();
        let bounds = engine::bounds(method, missing, &dataset, weights, &scores);
        let ranking = engine::rank_by(method, missing, &dataset, weights).unwrap();
        for entry in &ranking.entries {
            let p = &dataset.providers[entry.provider];
            let row = one(&root, &format!("tr[data-provider-id=\"{}\"]", p.id));
            let b = bounds[entry.provider];
            let attr = |name: &str| row.get_attribute(name).unwrap();
            assert_eq!(
                attr("data-score"),
                decimal(entry.score, 2, "."),
                "{id} {}",
                p.id
            );
            assert_eq!(attr("data-known"), decimal(b.known, 2, "."));
            assert_eq!(attr("data-score-low"), decimal(b.low, 2, "."));
            assert_eq!(attr("data-score-high"), decimal(b.high, 2, "."));
            let shown = row.query_selector(".ecc-range").unwrap();
            assert_eq!(shown.is_some(), b.known < 1.0, "{}", p.id);
        }
        assert_eq!(written_fragment().await, fragment);
    }
}

#[wasm_bindgen_test]
async fn a_profile_and_a_gate_list_the_providers_set_apart_with_reasons() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    let france = dataset
        .profiles
        .iter()
        .position(|p| p.id == "fr-secnumcloud")
        .unwrap();
    choose(&root, "select#t-profile", &france.to_string()).await;
    let qualified: Vec<&str> = dataset
        .providers
        .iter()
        .filter(|p| {
            p.certifications
                .iter()
                .any(|c| c.scheme.id() == "secnumcloud" && c.status == Some("qualified"))
        })
        .map(|p| p.id.as_str())
        .collect();
    let ranked: Vec<String> = rows(&root).into_iter().map(|(id, ..)| id).collect();
    assert_eq!(ranked.len(), qualified.len());
    assert!(ranked.iter().all(|id| qualified.contains(&id.as_str())));
    let excluded = one(&root, ".ecc-excluded").text_content().unwrap();
    assert!(excluded.contains("Scaleway"), "{excluded}");
    assert!(
        excluded.contains("no SecNumCloud (qualified or better) certification"),
        "{excluded}"
    );
    // The rule's source is shown with it.
    let about = one(&root, ".ecc-requirements").text_content().unwrap();
    assert!(about.contains("Source of this rule"), "{about}");

    // A gate on SOV-5 names the level found and the level required.
    click(&one(&root, "button#t-clear")).await;
    choose(&root, "select#t-gate-sov-5", "3").await;
    let excluded = one(&root, ".ecc-excluded").text_content().unwrap();
    let below = dataset
        .providers
        .iter()
        .find(|p| p.values[4].value == Some(1.0))
        .unwrap();
    assert!(
        excluded.contains(&format!("{}: SOV-5", below.name))
            && excluded.contains("at level 1, below the required 3"),
        "{excluded}"
    );
    assert!(written_fragment().await.contains("g=sov-5:3"));
    // Nothing left: say which requirement to relax.
    choose(&root, "select#t-gate-sov-5", "4").await;
    choose(&root, "select#t-gate-sov-1", "4").await;
    if rows(&root).is_empty() {
        let empty = one(&root, ".ecc-empty").text_content().unwrap();
        assert!(empty.contains("Relax it"), "{empty}");
    }
    click(&one(&root, "button#t-clear")).await;
    assert_eq!(rows(&root), predicted(&dataset, dataset.default_weights()));
    assert!(root.query_selector(".ecc-excluded").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn criteria_put_in_order_give_rank_order_centroid_weights() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    // The order starts from the weights, heaviest first: SOV-5 (20) leads.
    let first = one(&root, ".ecc-order li").text_content().unwrap();
    assert!(first.starts_with("SOV-5"), "{first}");
    let down = one(&root, "button#t-down-sov-5");
    down.dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    click(&down).await;
    let first = one(&root, ".ecc-order li").text_content().unwrap();
    assert!(!first.starts_with("SOV-5"), "{first}");
    // (That focus follows the moved button is checked end to end, on a page of its own.)
    click(&one(&root, "button#t-apply-order")).await;
    let order: Vec<usize> = all(&root, ".ecc-order li")
        .iter()
        .map(|li| {
            let text = li.text_content().unwrap();
            dataset
                .criteria
                .iter()
                .position(|c| text.starts_with(c.label.get("en")))
                .unwrap()
        })
        .collect();
    let weights = engine::elicit::rank_order_centroid(&order, dataset.criteria.len());
    assert_eq!(rows(&root), predicted(&dataset, &weights));
    assert_eq!(slider(&root, "sov-5").value(), weights[4].to_string());
}

#[wasm_bindgen_test]
async fn the_analysis_and_the_breakdown_explain_the_ranking() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    let details: web_sys::HtmlDetailsElement =
        one(&root, "details.ecc-analysis").dyn_into().unwrap();
    details.set_open(true);
    // `toggle` is dispatched asynchronously: wait for it, and the render.
    next_event(&details, "toggle").await;
    let text = details.text_content().unwrap();
    let leader = &dataset.providers[engine::rank(&dataset, dataset.default_weights())
        .unwrap()
        .entries[0]
        .provider]
        .name;
    assert!(
        text.contains(&format!("{leader} stays first while the weight of SOV-1")),
        "{text}"
    );
    assert!(text.contains("would pass"), "{text}");
    let smaa = all(&details, "table.ecc-smaa tbody tr");
    assert_eq!(smaa.len(), 5);
    assert!(text.contains("is ahead on"), "{text}");

    // The breakdown adds up to the score shown in the row.
    click(&one(&root, "tr[data-provider-id=ovhcloud] button.ecc-link")).await;
    let detail = one(&root, "section.ecc-detail");
    assert!(detail.query_selector("svg.ecc-chart").unwrap().is_some());
    let points: f64 = all(&detail, "table.ecc-breakdown tbody tr td:last-child")
        .iter()
        .map(|td| td.text_content().unwrap().parse::<f64>().unwrap())
        .sum();
    let score: f64 = one(&root, "tr[data-provider-id=ovhcloud]")
        .get_attribute("data-score")
        .unwrap()
        .parse()
        .unwrap();
    assert!((points - score).abs() < 0.05, "{points} vs {score}");
}

#[wasm_bindgen_test]
async fn ticked_providers_are_compared_side_by_side_four_at_most() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "").await;
    let ids: Vec<String> = rows(&root).into_iter().take(5).map(|r| r.0).collect();
    let tick = |id: &str| one(&root, &format!("input#t-compare-{id}"));
    click(&tick(&ids[0])).await;
    let section = one(&root, "section.ecc-side-by-side");
    assert!(section.text_content().unwrap().contains("at least two"));
    for id in &ids[1..4] {
        click(&tick(id)).await;
    }
    let heads: Vec<String> = all(&root, "table.ecc-compared thead th")
        .iter()
        .map(|th| th.text_content().unwrap())
        .collect();
    let names: Vec<String> = ids[..4]
        .iter()
        .map(|id| {
            dataset
                .providers
                .iter()
                .find(|p| p.id == *id)
                .unwrap()
                .name
                .clone()
        })
        .collect();
    assert_eq!(heads, names);
    assert_eq!(all(&root, "ul.ecc-legend li").len(), 4);
    assert!(root
        .query_selector("svg.ecc-dots .ecc-mark-3")
        .unwrap()
        .is_some());
    let fifth: HtmlInputElement = tick(&ids[4]).dyn_into().unwrap();
    assert!(fifth.disabled(), "a fifth cannot be ticked");
    // The first row's "Rank and score" is the row's own.
    let first = &rows(&root)[0];
    let cell = one(&root, "table.ecc-compared tbody tr td")
        .text_content()
        .unwrap();
    assert_eq!(cell, format!("{} ({})", first.1, first.2));

    click(&tick(&ids[1])).await;
    assert_eq!(all(&root, "table.ecc-compared thead th").len(), 3);
    assert!(!tick(&ids[4]).has_attribute("disabled"));
    click(&one(&root, "button#t-clear-compare")).await;
    assert!(root
        .query_selector("section.ecc-side-by-side")
        .unwrap()
        .is_none());
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(
        active.id(),
        format!("t-compare-{}", ids[0]),
        "focus goes back"
    );
}

/// The printed report, as the browser's print menu would fill it.
async fn printed(root: &Element) -> Element {
    fire(&gloo::utils::window(), "beforeprint").await;
    one(root, ".ecc-print-slot")
}

#[wasm_bindgen_test]
async fn links_open_the_page_the_embedding_names_or_none_is_offered() {
    let dataset = DatasetHandle::new(bundled());
    let portal = "https://portal.example/compare/";
    let root = mount_linked(dataset.clone(), "m=topsis", LinkPage::At(portal.into())).await;
    assert!(root.query_selector("#t-copy-link").unwrap().is_some());
    let link = one(&printed(&root).await, ".ecc-print-link");
    assert_eq!(link.text_content().unwrap(), [portal, "#m=topsis"].concat());

    // An element showing a portal's own file names no page: nothing links to one.
    let root = mount_linked(dataset, "m=topsis", LinkPage::Nowhere).await;
    assert!(root.query_selector("#t-copy-link").unwrap().is_none());
    assert!(root.query_selector("#t-export-csv").unwrap().is_some());
    let print = printed(&root).await;
    assert!(print.text_content().unwrap().contains("TOPSIS"));
    assert!(print.query_selector(".ecc-print-link").unwrap().is_none());
}

/// What an element's attributes set (`embed::element_props`), as the widget receives it.
fn settings(preset: Option<&str>, fragment: &str) -> Option<Settings> {
    Some(Settings {
        preset: preset.map(str::to_owned),
        fragment: fragment.to_owned(),
        problems: Vec::new(),
    })
}

#[wasm_bindgen_test]
async fn an_element_s_settings_set_the_widget_and_a_change_updates_it_in_place() {
    open_at("").await;
    let dataset = bundled();
    let index = dataset
        .presets
        .iter()
        .position(|p| p.id == "equal")
        .unwrap();
    let equal = dataset.presets[index].weights.clone();
    let props = |settings| CompareProps {
        i18n: I18n::english(),
        dataset: DatasetHandle::new(dataset.clone()),
        warnings: Rc::new([]),
        initial_fragment: AttrValue::from("m=topsis"),
        settings,
        id_prefix: AttrValue::Static("t"),
        full: Full::Text(AttrValue::default()),
        report: ReportSource::Linked(Rc::new(Report::new(
            I18n::english(),
            DatasetHandle::new(dataset.clone()),
            "t",
        ))),
        link: LinkPage::Nowhere,
    };
    let root = new_root();
    let mut handle = yew::Renderer::<Compare>::with_root_and_props(
        root.clone(),
        props(settings(Some("equal"), "")),
    )
    .render();
    yew::scheduler::flush().await;
    // The settings, not the fragment the page was opened with.
    assert_eq!(rows(&root), predicted(&dataset, &equal));
    let select = |id: &str| -> HtmlSelectElement { one(&root, id).dyn_into().unwrap() };
    // The select's options are the presets' places.
    assert_eq!(select("select#t-preset").value(), index.to_string());
    assert_eq!(select("select#t-method").value(), "weighted-sum");

    // Changed, in the same widget: the rows are the same elements, re-ordered.
    let first = one(&root, "tr[data-provider-id]");
    handle.update(props(settings(None, "w=sov-1:100&m=topsis")));
    yew::scheduler::flush().await;
    let mut weights = dataset.default_weights().to_vec();
    weights[0] = 100;
    let topsis = predicted_by(engine::Method::Topsis, &dataset, &weights);
    assert_eq!(rows(&root), topsis);
    assert_eq!(select("select#t-method").value(), "topsis");
    assert_eq!(slider(&root, "sov-1").value(), "100");
    let id = first.get_attribute("data-provider-id").unwrap();
    assert!(first.is_same_node(Some(&one(&root, &format!("tr[data-provider-id={id}]")))));
    // The page's address is the portal's: the widget writes nothing to it.
    assert_eq!(written_fragment().await, "");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_link_opened_before_the_first_write_is_not_overwritten_by_the_state_it_replaces() {
    let dataset = bundled();
    let root = mount_compare(DatasetHandle::new(dataset.clone()), "#mv=skip").await;
    let select = |id: &str| -> HtmlSelectElement { one(&root, id).dyn_into().unwrap() };
    assert_eq!(select("select#t-missing").value(), "skip");
    // A link opened in the tab: the address changes at once, its `hashchange` comes later,
    // here after the widget's first write is due.
    set_address("#mv=zero");
    assert_eq!(
        written_fragment().await,
        "#mv=zero",
        "the link is not overwritten"
    );
    fire(&gloo::utils::window(), "hashchange").await;
    assert_eq!(select("select#t-missing").value(), "worst");
    let text = root.text_content().unwrap();
    assert!(
        text.contains("no way “zero” of counting missing values"),
        "{text}"
    );
    clear_address();
}
