//! The link to the report module (`crate::report`): fetched the first time the visitor
//! asks for something it computes, then called with text through JavaScript.
//!
//! The widget sees it as `Reports`. The built page downloads it (`ReportSource::OnDemand`,
//! a dynamic `import()` of the module Trunk builds from `src/bin/eurocloud-report.rs`);
//! component tests link it in (`ReportSource::Linked`).

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the widget asks of the report module. Requests are `crate::report::Request` as
/// text; errors are messages to show.
pub trait Reports {
    /// Markup for a view, or an export's text, for the state in `fragment`.
    fn answer(&self, fragment: &str, request: &str) -> Result<String, String>;
    /// Takes the result away: `csv` and `scenario` download a file of the state in
    /// `fragment`; `import` reads the scenario file chosen in `input` (a file input). The
    /// promise resolves to what to tell the visitor, followed, for `import`, by a newline
    /// and the fragment to apply; it rejects with what went wrong, in words.
    fn run(&self, action: &str, fragment: &str, input: &JsValue) -> js_sys::Promise;
}

/// Where the report comes from.
#[derive(Clone, Default)]
pub enum ReportSource {
    /// Downloaded beside the widget's own module, on first use.
    #[default]
    OnDemand,
    /// Already here (component tests).
    Linked(Rc<dyn Reports>),
}

impl PartialEq for ReportSource {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (ReportSource::OnDemand, ReportSource::OnDemand) => true,
            (ReportSource::Linked(a), ReportSource::Linked(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

#[wasm_bindgen(module = "/src/components/page.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadReport)]
    fn load_report() -> js_sys::Promise;
    #[wasm_bindgen(js_name = callReport, catch)]
    fn call_report(module: &JsValue, name: &str, args: &js_sys::Array) -> Result<JsValue, JsValue>;
}

/// Downloads the report module (once for the page) and hands it this widget's data file;
/// the error is the browser's reason.
pub async fn download(text: &str, prefix: &str) -> Result<Rc<dyn Reports>, String> {
    let module = wasm_bindgen_futures::JsFuture::from(load_report())
        .await
        .map_err(|e| reason(&e))?;
    // Each widget of the page has its own data file in the module, by a handle.
    let args = js_sys::Array::of2(&text.into(), &prefix.into());
    let handle = call_report(&module, "open", &args).map_err(|e| reason(&e))?;
    Ok(Rc::new(Remote { module, handle }))
}

/// The report module, downloaded, and this widget's handle in it.
struct Remote {
    module: JsValue,
    handle: JsValue,
}

impl Remote {
    fn call(&self, name: &str, a: &str, b: &str, c: &JsValue) -> Result<JsValue, String> {
        let args = js_sys::Array::of4(&self.handle, &a.into(), &b.into(), c);
        call_report(&self.module, name, &args).map_err(|e| reason(&e))
    }
}

impl Reports for Remote {
    fn answer(&self, fragment: &str, request: &str) -> Result<String, String> {
        let text = self.call("answer", fragment, request, &JsValue::UNDEFINED)?;
        Ok(text.as_string().unwrap_or_default())
    }

    fn run(&self, action: &str, fragment: &str, input: &JsValue) -> js_sys::Promise {
        match self.call("run", action, fragment, input) {
            Ok(promise) => promise.unchecked_into(),
            Err(e) => js_sys::Promise::reject(&e.into()),
        }
    }
}

/// A thrown value in words: an `Error`'s message, or a string as it is.
pub fn reason(thrown: &JsValue) -> String {
    thrown
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| thrown.as_string())
        .unwrap_or_default()
}
