//! Taking the result away: copy the link, download the ranking (CSV) or the scenario
//! (JSON), load a scenario file back, print. The files are made by the report module
//! (`crate::report`); this is the panel and the row animation of the ranking.

use crate::i18n::{I18n, Msg};
use crate::markup::Markup;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/components/page.js")]
extern "C" {
    #[wasm_bindgen(js_name = flipRows)]
    fn flip(root: &web_sys::Element);
    /// A promise that the text is copied (rejected where the page has no clipboard).
    #[wasm_bindgen(js_name = copyText)]
    pub fn copy_text(text: &str) -> js_sys::Promise;
}

/// Animates the ranking's rows from their last places to their new ones (transforms only,
/// and not under `prefers-reduced-motion`), after a render that re-ordered them.
pub fn flip_rows(root: &web_sys::Element) {
    flip(root);
}

/// What the panel says after the visitor used it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shared {
    pub message: String,
    /// The link to copy by hand, when the browser would not copy it.
    pub link: Option<String>,
    /// Whether the message is a failure (shown as an alert).
    pub error: bool,
}

impl Shared {
    pub fn done(message: String) -> Shared {
        Shared {
            message,
            ..Shared::default()
        }
    }

    pub fn error(message: String) -> Shared {
        Shared {
            message,
            link: None,
            error: true,
        }
    }
}

/// The panel: copy link, CSV, scenario, load a scenario (a file input, act `import`),
/// print; and what the last use of it gave.
pub fn share_controls(m: &mut Markup, i18n: &I18n, shared: &Shared, prefix: &str) {
    let id = |name: &str| [prefix, "-", name].concat();
    m.raw("<section class=\"ecc-share\"")
        .attr("aria-labelledby", &id("share-heading"))
        .raw("><h3 tabindex=\"-1\"")
        .attr("id", &id("share-heading"))
        .raw(">")
        .text(i18n.text(Msg::ShareHeading))
        .raw("</h3><div class=\"ecc-share-buttons\">");
    for (act, msg) in [
        ("copy-link", Msg::CopyLink),
        ("export-csv", Msg::ExportCsv),
        ("export-scenario", Msg::ExportScenario),
        ("print", Msg::PrintReport),
    ] {
        m.button(&id(act), act, i18n.text(msg), None, false);
    }
    m.close("div")
        .field(&id("import"), i18n.text(Msg::ImportScenario), "ecc-import")
        .raw("<input type=\"file\" accept=\".json,application/json\"")
        .attr("id", &id("import"))
        .raw(" data-act=\"import\"></div>");
    if !shared.message.is_empty() {
        if shared.error {
            m.raw("<p class=\"ecc-notice ecc-notice--error\" role=\"alert\">");
        } else {
            m.raw("<p class=\"ecc-share-status\">");
        }
        m.text(&shared.message).close("p");
    }
    if let Some(link) = &shared.link {
        m.field(&id("link"), i18n.text(Msg::LinkLabel), "")
            .raw("<input type=\"text\" readonly class=\"ecc-link-text\"")
            .attr("id", &id("link"))
            .attr("value", link)
            .raw("></div>");
    }
    m.close("section");
}
