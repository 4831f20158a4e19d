//! The link to the report module (`crate::report`): fetched the first time the visitor
//! asks for something it computes, then called with text through JavaScript.
//!
//! The widget sees it as `Reports`. The built page downloads it (`ReportSource::OnDemand`,
//! a dynamic `import()` of the module Trunk builds from `src/bin/eurocloud-report.rs`);
//! component tests link it in (`ReportSource::Linked`).

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::AttrValue;

/// What the widget asks of the report module. Requests are `crate::report::Request` as
/// text; errors are messages to show.
pub trait Reports {
    /// Markup for a view, or an export's text, for the state in `fragment`; the printed
    /// report and the CSV link to it on `page` (`LinkPage::address`), where there is one.
    fn answer(&self, fragment: &str, page: Option<&str>, request: &str) -> Result<String, String>;
    /// Takes the result away: `csv` and `scenario` download a file of the state in
    /// `fragment` (linked to `page`, as for `answer`); `import` reads the scenario file
    /// chosen in `input` (a file input). The promise resolves to what to tell the visitor,
    /// followed, for `import`, by a newline and the fragment to apply; it rejects with
    /// what went wrong, in words.
    fn run(
        &self,
        action: &str,
        fragment: &str,
        page: Option<&str>,
        input: &JsValue,
    ) -> js_sys::Promise;
}

/// Where the report comes from.
#[derive(Clone, Default)]
pub enum ReportSource {
    /// Downloaded beside the widget's own module, on first use.
    #[default]
    OnDemand,
    /// Already here (component tests).
    Linked(Rc<dyn Reports>),
    /// The reader of plain data files linked in (`crate::report::check`; component tests
    /// of the root).
    Reader(fn(&str, &str) -> String),
}

/// The plain data file, which the report module reads (notes, sources): its text when the
/// widget downloaded it, else its address (downloaded beside the report module).
#[derive(Clone, Debug, PartialEq)]
pub enum Full {
    Text(AttrValue),
    Url(AttrValue),
}

impl PartialEq for ReportSource {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (ReportSource::OnDemand, ReportSource::OnDemand) => true,
            (ReportSource::Linked(a), ReportSource::Linked(b)) => Rc::ptr_eq(a, b),
            (ReportSource::Reader(a), ReportSource::Reader(b)) => *a as usize == *b as usize,
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

/// The report module, downloaded once for the page; the error is the browser's reason.
async fn module() -> Result<JsValue, String> {
    wasm_bindgen_futures::JsFuture::from(load_report())
        .await
        .map_err(|e| reason(&e))
}

/// Has the report module read a plain data file (a portal's own, not made compact by
/// `make dist`): its answer is `crate::report::check`'s JSON text.
pub async fn check(source: &ReportSource, text: &str, full: &str) -> Result<String, String> {
    if let ReportSource::Reader(check) = source {
        return Ok(check(text, full));
    }
    let module = module().await?;
    let args = js_sys::Array::of2(&text.into(), &full.into());
    let said = call_report(&module, "check", &args).map_err(|e| reason(&e))?;
    Ok(said.as_string().unwrap_or_default())
}

/// Downloads the report module (once for the page) and hands it this widget's data file;
/// the error is the browser's reason.
pub async fn download(full: &Full, prefix: &str) -> Result<Rc<dyn Reports>, String> {
    // Both downloads at once: the plain file's request starts before the module's awaits.
    let text = match full {
        Full::Text(text) => None.ok_or_else(|| text.to_string()),
        Full::Url(url) => Ok(fetch_text(url)),
    };
    let module = module().await?;
    let text = match text {
        Err(text) => text,
        Ok(fetching) => fetching.await.map_err(|e| e.to_string())?,
    };
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
    /// Calls the module's `name` with this widget's handle, then `args`.
    fn call(&self, name: &str, args: &[&JsValue]) -> Result<JsValue, String> {
        let all = js_sys::Array::of1(&self.handle);
        for arg in args {
            all.push(arg);
        }
        call_report(&self.module, name, &all).map_err(|e| reason(&e))
    }
}

impl Reports for Remote {
    fn answer(&self, fragment: &str, page: Option<&str>, request: &str) -> Result<String, String> {
        let page = page.map(JsValue::from).unwrap_or_default();
        let text = self.call("answer", &[&fragment.into(), &page, &request.into()])?;
        Ok(text.as_string().unwrap_or_default())
    }

    fn run(
        &self,
        action: &str,
        fragment: &str,
        page: Option<&str>,
        input: &JsValue,
    ) -> js_sys::Promise {
        let page = page.map(JsValue::from).unwrap_or_default();
        match self.call("run", &[&action.into(), &fragment.into(), &page, input]) {
            Ok(promise) => promise.unchecked_into(),
            Err(e) => js_sys::Promise::reject(&e.into()),
        }
    }
}

/// Why a download gave no text.
#[derive(Debug, Clone, PartialEq)]
pub enum Fetched {
    /// The server answered with this HTTP status.
    Status(u16),
    /// The request failed: the browser's reason.
    Failed(String),
}

impl std::fmt::Display for Fetched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fetched::Status(status) => write!(f, "HTTP {status}"),
            Fetched::Failed(detail) => f.write_str(detail),
        }
    }
}

/// Downloads a text with the browser's `fetch` (gloo-net's error type would bring
/// serde_json's error formatting into the bundle: measured, 10 KB of wasm).
pub async fn fetch_text(url: &str) -> Result<String, Fetched> {
    let failed = |e: JsValue| Fetched::Failed(reason(&e));
    let promise = gloo::utils::window().fetch_with_str(url);
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(Fetched::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}

/// A thrown value in words: an `Error`'s message, or a string as it is.
pub fn reason(thrown: &JsValue) -> String {
    thrown
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| thrown.as_string())
        .unwrap_or_default()
}
