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
    /// The data file the widget shows, read once by `open`.
    static REPORT: RefCell<Option<Report>> = const { RefCell::new(None) };
}

/// Nothing runs on load: the widget calls `open` first.
fn main() {}

/// Reads the data file the widget shows (its text, as downloaded) for the requests to
/// come; `prefix` is the widget's prefix for element ids.
#[wasm_bindgen]
pub fn open(text: &str, prefix: &str) -> Result<(), String> {
    let report = Report::from_text(I18n::english(), text, prefix)?;
    REPORT.with(|r| *r.borrow_mut() = Some(report));
    Ok(())
}

fn with<T>(f: impl FnOnce(&Report) -> Result<T, String>) -> Result<T, String> {
    REPORT.with(|r| match r.borrow().as_ref() {
        Some(report) => f(report),
        None => Err("the report module has no data file yet".into()),
    })
}

/// The answer to a request (`Request`, as text) for the state in `fragment`.
#[wasm_bindgen]
pub fn answer(fragment: &str, request: &str) -> Result<String, String> {
    with(|report| report.answer_text(fragment, request))
}

/// Takes the result away: downloads an export, or reads a scenario file (see `Reports`).
#[wasm_bindgen]
pub fn run(action: &str, fragment: &str, input: JsValue) -> Result<js_sys::Promise, String> {
    with(|report| Ok(report.run(action, fragment, &input)))
}
