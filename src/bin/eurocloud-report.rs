//! The report module: the widget's second wasm module, downloaded the first time a visitor
//! opens a provider's details, compares providers, opens the analysis, exports or prints
//! (see `eurocloud_compare::report`). The widget's module calls these functions through
//! JavaScript (`components::report_link`), with text only.

use eurocloud_compare::components::Reports;
use eurocloud_compare::i18n::I18n;
use eurocloud_compare::report::Report;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

thread_local! {
    /// The data file of each widget of the page, by the handle `open` gave it.
    static REPORTS: RefCell<Vec<Report>> = const { RefCell::new(Vec::new()) };
}

/// Nothing runs on load: each widget calls `open` first.
fn main() {}

/// Reads the data file a widget shows (its text, as downloaded) for the requests to come;
/// `prefix` is the widget's prefix for element ids. Returns the widget's handle.
#[wasm_bindgen]
pub fn open(text: &str, prefix: &str) -> Result<u32, String> {
    let report = Report::from_text(I18n::english(), text, prefix)?;
    REPORTS.with(|r| {
        let mut reports = r.borrow_mut();
        reports.push(report);
        Ok(reports.len() as u32 - 1)
    })
}

/// Reads a plain data file for a widget (see `report::check`): its compact form and
/// warnings, or its problems, as JSON text. `full` is the file's address.
#[wasm_bindgen]
pub fn check(text: &str, full: &str) -> String {
    eurocloud_compare::report::check(&I18n::english(), text, full)
}

fn with<T>(handle: u32, f: impl FnOnce(&Report) -> Result<T, String>) -> Result<T, String> {
    REPORTS.with(|r| match r.borrow().get(handle as usize) {
        Some(report) => f(report),
        None => Err("the report module has no data file by this handle".into()),
    })
}

/// The answer to a request (`Request`, as text) for the state in `fragment`; a link to it
/// opens `page` (none when undefined: see `report::Stamp`).
#[wasm_bindgen]
pub fn answer(
    handle: u32,
    fragment: &str,
    page: Option<String>,
    request: &str,
) -> Result<String, String> {
    with(handle, |report| {
        report.answer_text(fragment, page.as_deref(), request)
    })
}

/// Takes the result away: downloads an export, or reads a scenario file (see `Reports`).
#[wasm_bindgen]
pub fn run(
    handle: u32,
    action: &str,
    fragment: &str,
    page: Option<String>,
    input: JsValue,
) -> Result<js_sys::Promise, String> {
    with(handle, |report| {
        Ok(report.run(action, fragment, page.as_deref(), &input))
    })
}
