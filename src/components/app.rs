//! The root: downloads the data file, then shows the comparison, a load error with a
//! retry, or the problems that make the file unusable.

use super::choice::{delegate, Act};
use super::notice::{failure, notice};
use super::{Compare, ReportSource};
use crate::data::{self, Problem};
use crate::i18n::{Catalogue, I18n, Msg};
use crate::markup::Markup;
use crate::state::DatasetHandle;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// URL of the data file, chosen by whoever embeds the widget (never by a visitor's URL).
    pub data_url: AttrValue,
    /// The URL fragment the page was opened with; it restores a shared state.
    #[prop_or_default]
    pub initial_fragment: AttrValue,
    /// Prefix for element ids, so that two widgets on one page do not clash.
    #[prop_or(AttrValue::Static("ecc"))]
    pub id_prefix: AttrValue,
    /// The messages to show; English by default.
    #[prop_or_else(I18n::english)]
    pub i18n: I18n,
    /// Where the report module comes from (downloaded on first use by default).
    #[prop_or_default]
    pub report: ReportSource,
}

/// Where the download of the data file stands.
#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    /// The download failed: the reason, already in the visitor's language.
    Failed(String),
    /// The file arrived but cannot be used.
    Unusable(Rc<[Problem]>),
    Ready {
        dataset: DatasetHandle,
        warnings: Rc<[Problem]>,
        /// The file as downloaded, for the report module.
        text: AttrValue,
    },
}

/// The whole widget: the comparison once its data file has arrived.
#[component]
pub fn App(props: &AppProps) -> Html {
    // The download, and how many times "Try again" was pressed (which runs it again).
    let load = use_state(|| (Load::Loading, 0u32));
    let attempt = load.1;
    {
        let load = load.clone();
        let i18n = props.i18n.clone();
        use_effect_with((props.data_url.clone(), attempt), move |(url, attempt)| {
            let (url, attempt) = (url.clone(), *attempt);
            load.set((Load::Loading, attempt));
            wasm_bindgen_futures::spawn_local(async move {
                load.set((download(&url, &i18n).await, attempt));
            });
        });
    }
    // "Try again" (act `retry`, see `choice`).
    let retry = {
        let load = load.clone();
        delegate(Callback::from(move |(act, _): Act| {
            if act == "retry" {
                load.set((Load::Loading, attempt + 1))
            }
        }))
    };
    let i18n = &props.i18n;
    let mut m = Markup::default();
    let body = match &load.0 {
        Load::Loading => {
            m.raw("<p class=\"ecc-loading\" role=\"status\">")
                .text(i18n.text(Msg::Loading))
                .close("p");
            m.into_html()
        }
        Load::Failed(reason) => {
            let failed = i18n.format(Msg::LoadFailed, &[("url", &props.data_url)]);
            let id = format!("{}-retry", props.id_prefix);
            let retry = i18n.text(Msg::Retry);
            failure(&mut m, &[&failed, reason], retry, (&id, "retry"));
            m.into_html()
        }
        Load::Unusable(problems) => {
            let items: Vec<String> = problems.iter().map(|p| i18n.data_problem(p)).collect();
            let title = i18n.format(Msg::DataUnusable, &[("url", &props.data_url)]);
            notice(&mut m, &title, None, &items, true);
            m.into_html()
        }
        Load::Ready {
            dataset,
            warnings,
            text,
        } => html! {
            <Compare i18n={i18n.clone()} dataset={dataset.clone()} warnings={warnings.clone()}
                initial_fragment={props.initial_fragment.clone()}
                id_prefix={props.id_prefix.clone()} data_text={text.clone()}
                report={props.report.clone()} />
        },
    };
    html! {
            <div class="ecc" lang={props.i18n.lang().to_owned()} onclick={retry.reform(Event::from)}>
                <h1 class="ecc-title">{ i18n.text(Msg::AppTitle) }</h1>
                { body }
            </div>
    }
}

/// Downloads and parses the data file. Uses the browser's `fetch` directly: gloo-net's
/// error type would bring serde_json's error formatting into the bundle (measured: 10 KB of wasm).
async fn download(url: &str, i18n: &Catalogue) -> Load {
    let failed = |err: JsValue| {
        let detail = err
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| err.as_string())
            .unwrap_or_default();
        Load::Failed(i18n.format(Msg::LoadFailedNetwork, &[("detail", &detail)]))
    };
    let response = match JsFuture::from(gloo::utils::window().fetch_with_str(url)).await {
        Ok(response) => response.unchecked_into::<web_sys::Response>(),
        Err(err) => return failed(err),
    };
    if !response.ok() {
        let status = response.status();
        return Load::Failed(i18n.format(Msg::LoadFailedStatus, &[("status", &status)]));
    }
    let text = match response.text().map(JsFuture::from) {
        Ok(future) => match future.await {
            Ok(text) => text.as_string().unwrap_or_default(),
            Err(err) => return failed(err),
        },
        Err(err) => return failed(err),
    };
    match data::parse(&text) {
        Ok(loaded) => Load::Ready {
            dataset: DatasetHandle::new(loaded.dataset),
            warnings: loaded.warnings.into(),
            text: AttrValue::from(text),
        },
        Err(problems) => Load::Unusable(problems.into()),
    }
}
