//! Mounting the widget into a page: the only module that knows about mount points and
//! their attributes.
//!
//! The standalone page (index.html) holds `<div id="eurocloud-compare"
//! data-src="providers.json">`. The data file is chosen by that attribute, that is by
//! whoever publishes the page, never by a visitor's URL: a crafted link must not be able
//! to show invented rankings under an institution's banner.

use crate::components::{preload, preloaded_from, App, AppProps, LinkPage};
use crate::i18n::I18n;
use crate::state::{FragmentProblem, Settings};
use yew::AttrValue;

/// The id of the element the standalone page mounts into (`components/page.js` looks for
/// it too: a widget there needs the report's stylesheet in the page's `<head>`).
pub const MOUNT_ID: &str = "eurocloud-compare";
/// The class of the `<script type="application/json">` in the mount point that holds the
/// compact data (`data::compact`), written there by `make dist` (`bin/publish.rs`).
pub const DATA_CLASS: &str = "ecc-ranking-data";
/// The data file used when the mount point names none.
pub const DEFAULT_DATA_URL: &str = "providers.json";
/// Its compact form, which `make dist` writes beside it (`bin/publish.rs`).
pub const COMPACT_DATA_URL: &str = "providers.compact.json";
/// The name of the custom element (`embed/eurocloud-compare.js` defines it).
pub const ELEMENT: &str = "eurocloud-compare";

/// Mounts the widget into `#eurocloud-compare` (created at the end of `<body>` if the page
/// lacks it and uses no `<eurocloud-compare>` element), replacing the fallback content
/// shown without JavaScript.
pub fn start() {
    let document = gloo::utils::document();
    let elements = gloo::utils::window().custom_elements();
    let root = match document.get_element_by_id(MOUNT_ID) {
        Some(root) => root,
        // The element mounts a widget in each of its instances (`Element`).
        None if !elements.get(ELEMENT).is_undefined() => return,
        None => {
            let Ok(root) = document.create_element("div") else {
                return;
            };
            root.set_id(MOUNT_ID);
            if gloo::utils::body().append_child(&root).is_err() {
                return;
            }
            root
        }
    };
    let data_url = root
        .get_attribute("data-src")
        .filter(|src| !src.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_DATA_URL.to_owned());
    // Written by `make dist` beside the plain file: its compact form, preloaded by the page.
    let ranking_url = root
        .get_attribute("data-ranking")
        .filter(|src| !src.trim().is_empty())
        .map(AttrValue::from);
    if let Some(origin) = parent_origin(&root) {
        report_height(&root, &origin);
        follow_viewport(&root, origin);
    }
    apply_theme(&root);
    let initial_fragment = gloo::utils::window().location().hash().unwrap_or_default();
    let props = AppProps {
        data_url: AttrValue::from(data_url),
        ranking_url,
        initial_fragment: AttrValue::from(initial_fragment),
        settings: None,
        link: LinkPage::Here,
        id_prefix: AttrValue::Static("ecc"),
        i18n: I18n::english(),
        report: Default::default(),
        preloaded: None,
    };
    // The page `make dist` builds holds the compact data in the mount (`DATA_CLASS`),
    // beside the ranking it rendered: the widget starts with it, and its first render
    // replaces that ranking with the same rows, with no "Loading" between them. With a
    // compact file named instead (`data-ranking`), the widget is mounted once it is read;
    // until then the page's content stays.
    let inline = root
        .query_selector(&["script.", DATA_CLASS].concat())
        .ok()
        .flatten()
        .and_then(|data| data.text_content());
    if let Some(preloaded) = inline.and_then(|text| preloaded_from(&text, &props.data_url)) {
        return mount(
            root,
            AppProps {
                preloaded: Some(preloaded),
                ..props
            },
        );
    }
    match props.ranking_url.clone() {
        Some(ranking) => wasm_bindgen_futures::spawn_local(async move {
            let preloaded = preload(&props.data_url, &ranking).await;
            mount(root, AppProps { preloaded, ..props });
        }),
        None => mount(root, props),
    }
}

/// A parameter of the page's query string (`?name=value`), which the embedding page sets on
/// an iframe's address.
fn query(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The example themes of the stylesheet (`style/widget.css`), by name.
pub const THEMES: [&str; 2] = ["neutral", "institutional"];

/// The look the page asks for: the mount point's `data-theme`, or else, for a page framed
/// by a portal, the `theme` query parameter; only a theme the stylesheet has is set. A
/// look is not data: a link may choose it.
fn apply_theme(root: &web_sys::Element) {
    if root.has_attribute("data-theme") {
        return;
    }
    if let Some(theme) = query("theme").and_then(theme_named) {
        let _ = root.set_attribute("data-theme", &theme);
    }
}

/// `name` when the stylesheet has a theme of that name (`THEMES`); `None` otherwise, so
/// that an unknown name changes nothing, in every mode.
fn theme_named(name: String) -> Option<String> {
    THEMES.contains(&name.as_str()).then_some(name)
}

/// The type of the message that carries the widget's height to the embedding page:
/// `{ type: "eurocloud-compare:height", height: <CSS pixels, a whole number> }`.
pub const HEIGHT_MESSAGE: &str = "eurocloud-compare:height";

/// The origin a message to the embedding page is sent to, exactly (never `*`): the page's
/// `parent` query parameter, or else the origin of the page that framed this one (the
/// referrer); `None` outside an iframe or without a valid origin. When the mount point
/// lists `data-parent-origins` (space-separated), only those are told.
fn parent_origin(root: &web_sys::Element) -> Option<String> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let candidate = query("parent").unwrap_or_else(|| gloo::utils::document().referrer());
    let origin = web_sys::Url::new(&candidate).ok()?.origin();
    // An origin is scheme://host[:port]; "null" (a file or sandboxed page) is none.
    if !(origin.starts_with("https://") || origin.starts_with("http://")) {
        return None;
    }
    match root.get_attribute("data-parent-origins") {
        Some(allowed) if !allowed.split_whitespace().any(|a| a == origin) => None,
        _ => Some(origin),
    }
}

/// In an iframe, posts the widget's height to the embedding page whenever it changes. The
/// observed element is the widget's content (the mount point), not the document, whose
/// height follows the iframe's own and would feed the measure back into itself.
fn report_height(root: &web_sys::Element, origin: &str) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let origin = origin.to_owned();
    let observed = root.clone();
    let last = std::cell::Cell::new(-1.0);
    let post = Closure::<dyn FnMut()>::new(move || {
        let window = gloo::utils::window();
        let bottom =
            observed.get_bounding_client_rect().bottom() + window.scroll_y().unwrap_or(0.0);
        let height = bottom.ceil();
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        if let Ok(Some(parent)) = window.parent() {
            let _ = parent.post_message(&message, &origin);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // The observer calls it for the page's whole life.
    post.forget();
}

/// The type of the message that tells the widget which part of its iframe the embedding
/// page shows: `{ type: "eurocloud-compare:viewport", top: <CSS pixels> }`, the first
/// line of the iframe's content in view (0 while the iframe's top is on screen).
pub const VIEWPORT_MESSAGE: &str = "eurocloud-compare:viewport";

/// The custom property that holds that line (`style/widget.css` keeps the leaders there).
pub const VISIBLE_TOP: &str = "--ecc-visible-top";

/// In an iframe sized to its content, the iframe's own viewport never scrolls: the page
/// around it does, and `position: sticky` inside has nothing to stick to. The embedding
/// page's script (`embed/host.js`) posts which line is at the top of its screen; the
/// widget keeps it in `VISIBLE_TOP` on the mount point, through the CSSOM (no style
/// attribute), and the leading providers stay there. Only messages from the parent
/// window, from `origin`, are heard.
fn follow_viewport(root: &web_sys::Element, origin: String) {
    use wasm_bindgen::JsCast;
    let Some(mount) = root.dyn_ref::<web_sys::HtmlElement>().cloned() else {
        return;
    };
    let window = gloo::utils::window();
    let listener = gloo::events::EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let parent = gloo::utils::window().parent().ok().flatten();
        let from_parent = match (event.source(), parent) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent || event.origin() != origin {
            return;
        }
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        if field("type").and_then(|t| t.as_string()).as_deref() != Some(VIEWPORT_MESSAGE) {
            return;
        }
        let Some(top) = field("top")
            .and_then(|t| t.as_f64())
            .filter(|t| t.is_finite())
        else {
            return;
        };
        // Within the content: a larger value would only push the leaders out of it.
        // Whole pixels, written as an integer: formatting a float would bring the float
        // formatter into the bundle (measured: 8 KB of brotli wasm).
        let height = mount.offset_height().max(0);
        let top = (top.round() as i32).clamp(0, height);
        let _ = mount
            .style()
            .set_property(VISIBLE_TOP, &[&top.to_string(), "px"].concat());
    });
    // It listens for the page's whole life.
    listener.forget();
}

/// The attributes of `<eurocloud-compare>` the widget follows; the element's script
/// observes these and has the widget read them again when one changes (`element_props`).
pub const ELEMENT_ATTRIBUTES: [&str; 9] = [
    "src", "ranking", "lang", "theme", "preset", "weights", "method", "missing", "link",
];

/// An attribute of `host` as the element's widget reads it: trimmed, `None` when empty.
fn attribute(host: &web_sys::Element, name: &str) -> Option<String> {
    let value = host.get_attribute(name)?;
    Some(value.trim().to_owned()).filter(|v| !v.is_empty())
}

/// The widget's properties for a `<eurocloud-compare>` element (`host`), from the
/// element's attributes, all set by the embedding page:
/// - `src`: the data file (relative to the page), and `ranking` its compact form; without
///   `src`, the files published with the widget, in the folder `base`;
/// - `lang`: the language; one `i18n` has no messages in is reported, and `i18n` shown;
/// - `preset` (its id), `weights` (`criterion:weight,…`, changing the preset's), `method`
///   and `missing` (the ids of the fragment's `m=` and `mv=`): the state, where what
///   cannot be used is reported as a link's would be;
/// - `link`: the page a link to a state opens ("Copy link", the exports, the printed
///   report), relative to the page: one showing the widget with the same data and
///   reading its fragment (see `element_link`).
///
/// `theme` is not a property: `element_theme` sets it on the mount.
pub fn element_props(host: &web_sys::Element, base: &str, prefix: &str, i18n: &I18n) -> AppProps {
    let attribute = |name: &str| attribute(host, name);
    let (data_url, ranking_url) = match attribute("src") {
        Some(src) => (src, attribute("ranking")),
        None => (
            [base, DEFAULT_DATA_URL].concat(),
            Some([base, COMPACT_DATA_URL].concat()),
        ),
    };
    let problems = attribute("lang")
        .filter(|lang| !i18n.speaks(lang))
        .map(|lang| FragmentProblem::UnknownLanguage { lang })
        .into_iter()
        .collect();
    // In the fragment's syntax; an `&` in a value stays inside it (and is reported there).
    let mut fragment = String::new();
    for (key, name) in [("w", "weights"), ("m", "method"), ("mv", "missing")] {
        if let Some(value) = attribute(name) {
            let value = value.replace('&', "%26");
            fragment.extend(["&", key, "=", &value]);
        }
    }
    AppProps {
        link: element_link(host, base),
        data_url: AttrValue::from(data_url),
        ranking_url: ranking_url.map(AttrValue::from),
        initial_fragment: AttrValue::default(),
        settings: Some(Settings {
            preset: attribute("preset"),
            fragment,
            problems,
        }),
        id_prefix: AttrValue::from(prefix.to_owned()),
        i18n: i18n.clone(),
        report: Default::default(),
        preloaded: None,
    }
}

/// The standalone page published with the widget, in the folder `base`.
pub const STANDALONE_PAGE: &str = "index.html";

/// The page a link from an element's widget opens. The portal's page, where the element
/// is, does not read its address's fragment (two elements would share it), so a link
/// opens another page: the element's `link`, resolved against the page; or, when the
/// element shows the data published with the widget (no `src`), the standalone page
/// beside it, in the element's theme. An element showing a portal's own file without a
/// `link` has none: no page shows that file from a link.
fn element_link(host: &web_sys::Element, base: &str) -> LinkPage {
    let document_base = gloo::utils::document().base_uri().ok().flatten();
    let resolved = |address: &str| {
        let url = web_sys::Url::new_with_base(address, document_base.as_deref()?).ok()?;
        url.set_hash("");
        Some(LinkPage::At(AttrValue::from(url.href())))
    };
    if let Some(link) = attribute(host, "link") {
        return resolved(&link).unwrap_or(LinkPage::Nowhere);
    }
    if attribute(host, "src").is_some() {
        return LinkPage::Nowhere;
    }
    let theme = attribute(host, "theme").and_then(theme_named);
    let query = theme.map(|t| ["?theme=", &t].concat()).unwrap_or_default();
    resolved(&[base, STANDALONE_PAGE, &query].concat()).unwrap_or(LinkPage::Nowhere)
}

/// The element's `theme` on the mount in its shadow root (the stylesheet's themes are
/// chosen by the mount's `data-theme`): one of `THEMES`, or none.
pub fn element_theme(host: &web_sys::Element, mount: &web_sys::Element) {
    match attribute(host, "theme").and_then(theme_named) {
        Some(theme) => drop(mount.set_attribute("data-theme", &theme)),
        None => drop(mount.remove_attribute("data-theme")),
    }
}

/// Replaces what the mount point holds (the pre-rendered ranking, or the text shown
/// without JavaScript) with the widget, in the same task: no empty frame is painted.
fn mount(root: web_sys::Element, props: AppProps) {
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
