//! The report in the browser: the date, downloads and reading a
//! chosen file. Shared by the report module (`src/bin/eurocloud-report.rs`) and by the
//! component tests, which link the report in.

use super::{Report, Request, Stamp};
use crate::components::Reports;
use crate::i18n::{I18n, ReportMsg};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

impl Report {
    /// `answer` for a request as text, dated today and linked to `page` (see `Stamp`).
    pub fn answer_text(
        &self,
        fragment: &str,
        page: Option<&str>,
        request: &str,
    ) -> Result<String, String> {
        let request =
            Request::parse(request).ok_or_else(|| format!("unknown request {request}"))?;
        let today = today();
        let stamp = Stamp {
            today: &today,
            page,
        };
        Ok(self.answer(fragment, request, &stamp))
    }
}

impl Report {
    /// Downloads the answer to an export request as a file named after it and the date.
    fn save(&self, fragment: &str, page: Option<&str>, request: &str) -> Result<(), String> {
        let kind = Request::parse(request).as_ref().and_then(Request::file);
        let (name, extension, mime) = kind.ok_or_else(|| format!("{request} is not a file"))?;
        let text = self.answer_text(fragment, page, request)?;
        download(&format!("{name}-{}.{extension}", today()), mime, &text)
    }
}

impl Reports for Report {
    fn answer(&self, fragment: &str, page: Option<&str>, request: &str) -> Result<String, String> {
        self.answer_text(fragment, page, request)
    }

    fn run(
        &self,
        action: &str,
        fragment: &str,
        page: Option<&str>,
        input: &JsValue,
    ) -> js_sys::Promise {
        let i18n = self.i18n.clone();
        if action != "import" {
            return match self.save(fragment, page, action) {
                Ok(()) => js_sys::Promise::resolve(&JsValue::from_str("")),
                Err(e) => {
                    let message = i18n.format(ReportMsg::ExportFailed, &[("reason", &e)]);
                    js_sys::Promise::reject(&message.into())
                }
            };
        }
        let (report, input) = (self.clone(), input.clone());
        wasm_bindgen_futures::future_to_promise(async move {
            let input: web_sys::HtmlInputElement = input.unchecked_into();
            let read = file_text(&input, &i18n).await;
            // Emptied, so that choosing the same file again (once corrected) reads it again.
            input.set_value("");
            let imported = read.and_then(|text| report.scenario_fragment(&text));
            match imported {
                Ok(imported) => {
                    let loaded = i18n.text(ReportMsg::ScenarioLoaded);
                    let note = imported.note.unwrap_or_default();
                    let message = [loaded, " ", &note].concat();
                    Ok(format!("{}\n{}", message.trim_end(), imported.fragment).into())
                }
                Err(e) => {
                    let message = i18n.format(ReportMsg::ScenarioRefused, &[("reason", &e)]);
                    Err(message.into())
                }
            }
        })
    }
}

/// Has the browser download `text` as a file called `name`.
fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let failed = |e: JsValue| crate::components::reason(&e);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started from the object URL; it can go once this task ends.
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The text of the file chosen in `input`.
async fn file_text(input: &web_sys::HtmlInputElement, i18n: &I18n) -> Result<String, String> {
    let chosen = input.files().and_then(|files| files.get(0));
    let file = chosen.ok_or_else(|| i18n.text(ReportMsg::ScenarioNoFile).to_owned())?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| crate::components::reason(&e))?;
    Ok(text.as_string().unwrap_or_default())
}

/// Today in the visitor's time zone, YYYY-MM-DD.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
