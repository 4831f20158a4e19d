//! The root: downloads the data file, then shows the comparison, a load error with a
//! retry, or the problems that make the file unusable.
//!
//! The data comes in one of two forms (see `data::compact`). The page built by `make dist`
//! names a compact file beside the plain one (`data-ranking`), checked at build time, and
//! preloads it: the widget reads it at once. A plain file alone (a portal's own) is read
//! by the report module, downloaded for it, which says where every problem is.

use super::notice::{notice, Failure};
use super::report_link::{self, Full};
use super::{Compare, LinkPage, ReportSource};
use crate::data::{compact, json, Dataset};
use crate::i18n::{Catalogue, I18n, Msg};
use crate::markup::Markup;
use crate::protocol::ElementId;
use crate::state::{DatasetHandle, Settings};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// URL of the data file, chosen by whoever embeds the widget (never by a visitor's URL).
    pub data_url: AttrValue,
    /// URL of its compact form (`data::compact`), written beside it by `make dist`; used
    /// only when it says it was made from `data_url`.
    #[prop_or_default]
    pub ranking_url: Option<AttrValue>,
    /// The URL fragment the page was opened with; it restores a shared state.
    #[prop_or_default]
    pub initial_fragment: AttrValue,
    /// Set by an embedding element (`<eurocloud-compare>`): the state its attributes
    /// describe, followed whenever they change. The page's address is then the portal's:
    /// the widget neither reads nor writes its fragment (`initial_fragment` is unused).
    #[prop_or_default]
    pub settings: Option<Settings>,
    /// The page a link to a state opens ("Copy link", the exports, the printed report):
    /// this one by default; an element names another, or none (`embed::element_props`).
    #[prop_or_default]
    pub link: LinkPage,
    /// Prefix for element ids, so that two widgets on one page do not clash.
    #[prop_or(AttrValue::Static("ecc"))]
    pub id_prefix: AttrValue,
    /// The messages to show; English by default.
    #[prop_or_else(I18n::english)]
    pub i18n: I18n,
    /// Where the report module comes from (downloaded on first use by default).
    #[prop_or_default]
    pub report: ReportSource,
    /// The data, already here: the page's compact file, downloaded before the widget was
    /// mounted (`embed`), or the bundled data when the ranking is rendered at build time.
    /// The widget then shows it at once, with no "Loading" between the page's pre-rendered
    /// ranking and its own.
    #[prop_or_default]
    pub preloaded: Option<Preloaded>,
}

/// Data read before the widget starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Preloaded {
    pub dataset: DatasetHandle,
    /// The plain file, for the report module.
    pub full: Full,
}

/// Where the download of the data file stands.
#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    /// The download failed: the reason, already in the visitor's language.
    Failed(String),
    /// The file arrived but cannot be used: every problem, with its place in the file.
    Unusable(Rc<[String]>),
    Ready {
        dataset: DatasetHandle,
        /// What was set aside, with where.
        warnings: Rc<[String]>,
        /// The plain file, for the report module.
        full: Full,
    },
}

/// The whole widget: the comparison once its data file has arrived.
#[component]
pub fn App(props: &AppProps) -> Html {
    // The download, and how many times "Try again" was pressed (which runs it again).
    let load = use_state(|| match &props.preloaded {
        Some(Preloaded { dataset, full }) => (
            Load::Ready {
                dataset: dataset.clone(),
                warnings: Rc::new([]),
                full: full.clone(),
            },
            0u32,
        ),
        None => (Load::Loading, 0u32),
    });
    let attempt = load.1;
    {
        let load = load.clone();
        let (i18n, report) = (props.i18n.clone(), props.report.clone());
        let urls = (props.data_url.clone(), props.ranking_url.clone());
        let preloaded = props.preloaded.is_some();
        use_effect_with((urls, attempt), move |((url, ranking), attempt)| {
            let (url, ranking, attempt) = (url.clone(), ranking.clone(), *attempt);
            // Cleared when the files change again (an element's `src`, say) or the widget
            // goes: a download that ends after a later one must not replace it.
            let current = Rc::new(std::cell::Cell::new(true));
            if !(preloaded && attempt == 0) {
                load.set((Load::Loading, attempt));
                let current = current.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = download(&url, ranking.as_deref(), &i18n, &report).await;
                    if current.get() {
                        load.set((loaded, attempt));
                    }
                });
            }
            move || current.set(false)
        });
    }
    let on_retry = {
        let load = load.clone();
        Callback::from(move |()| load.set((Load::Loading, attempt + 1)))
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
            let id = AttrValue::from(ElementId::Retry.at(&props.id_prefix));
            let retry = AttrValue::from(i18n.text(Msg::Retry).to_owned());
            html! { <Failure lines={Rc::from([failed, reason.clone()])} {retry} {id} {on_retry} /> }
        }
        Load::Unusable(problems) => {
            let title = i18n.format(Msg::DataUnusable, &[("url", &props.data_url)]);
            notice(&mut m, &title, None, problems, true);
            m.into_html()
        }
        Load::Ready {
            dataset,
            warnings,
            full,
        } => html! {
            <Compare i18n={i18n.clone()} dataset={dataset.clone()} warnings={warnings.clone()}
                initial_fragment={props.initial_fragment.clone()} settings={props.settings.clone()}
                id_prefix={props.id_prefix.clone()} full={full.clone()}
                report={props.report.clone()} link={props.link.clone()} />
        },
    };
    html! {
            <div class="ecc" lang={props.i18n.lang().to_owned()}>
                <h1 class="ecc-title">{ i18n.text(Msg::AppTitle) }</h1>
                { body }
            </div>
    }
}

/// Downloads the data: the compact file when the page names one made from `url`, else
/// the plain file, read by the report module.
async fn download(
    url: &str,
    ranking: Option<&str>,
    i18n: &Catalogue,
    report: &ReportSource,
) -> Load {
    if let Some(dataset) = compact_file(url, ranking).await {
        return Load::Ready {
            dataset: DatasetHandle::new(dataset),
            warnings: Rc::new([]),
            full: Full::Url(AttrValue::from(url.to_owned())),
        };
    }
    let failed =
        |detail: &str| Load::Failed(i18n.format(Msg::LoadFailedNetwork, &[("detail", &detail)]));
    let text = match report_link::fetch_text(url).await {
        Ok(text) => text,
        Err(report_link::Fetched::Status(status)) => {
            return Load::Failed(i18n.format(Msg::LoadFailedStatus, &[("status", &status)]))
        }
        Err(report_link::Fetched::Failed(detail)) => return failed(&detail),
    };
    // A compact file named as the plain one is read as it is.
    let tree = json::parse(&text);
    if let Some(Ok((dataset, _))) = tree
        .as_ref()
        .filter(|t| t.get("compact").is_some())
        .map(compact::read)
    {
        return Load::Ready {
            dataset: DatasetHandle::new(dataset),
            warnings: Rc::new([]),
            full: Full::Url(AttrValue::from(url.to_owned())),
        };
    }
    let said = match report_link::check(report, &text, url).await {
        Ok(said) => said,
        Err(detail) => return failed(&detail),
    };
    read_check(&said, AttrValue::from(text))
}

/// The compact file, when the page names one, it arrives, and it says it was made from
/// the plain file at `url`; `None` otherwise (the plain file is read then).
pub async fn preload(url: &str, ranking: &str) -> Option<Preloaded> {
    let dataset = compact_file(url, Some(ranking)).await?;
    Some(Preloaded {
        dataset: DatasetHandle::new(dataset),
        full: Full::Url(AttrValue::from(url.to_owned())),
    })
}

/// The compact data a page holds itself (written into it by `make dist`), when it says it
/// was made from the plain file at `url`.
pub fn preloaded_from(text: &str, url: &str) -> Option<Preloaded> {
    Some(Preloaded {
        dataset: DatasetHandle::new(made_from(text, url)?),
        full: Full::Url(AttrValue::from(url.to_owned())),
    })
}

async fn compact_file(url: &str, ranking: Option<&str>) -> Option<Dataset> {
    made_from(&report_link::fetch_text(ranking?).await.ok()?, url)
}

/// The dataset of a compact text made from the plain file at `url` (by its file name:
/// the two are published side by side); `None` for any other text.
fn made_from(text: &str, url: &str) -> Option<Dataset> {
    let (dataset, full) = compact::read(&json::parse(text)?).ok()?;
    let name = |u: &str| u.rsplit('/').next().unwrap_or(u).to_owned();
    (name(&full) == name(url)).then_some(dataset)
}

/// The report module's reading of a plain file (`report::check`) as a `Load`.
fn read_check(said: &str, text: AttrValue) -> Load {
    let tree = json::parse(said).unwrap_or(json::Value::Null);
    let messages = |key: &str| -> Rc<[String]> {
        match tree.get(key) {
            Some(json::Value::Array(items)) => items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_owned))
                .collect(),
            _ => Rc::new([]),
        }
    };
    match tree.get("compact").map(compact::read) {
        Some(Ok((dataset, _))) => Load::Ready {
            dataset: DatasetHandle::new(dataset),
            warnings: messages("warnings"),
            full: Full::Text(text),
        },
        Some(Err(damaged)) => Load::Unusable(Rc::new([damaged])),
        None => Load::Unusable(messages("problems")),
    }
}
