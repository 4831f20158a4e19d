//! Entry point of the widget's module: mounts the standalone page's widget, and gives
//! `<eurocloud-compare>` elements (embed/eurocloud-compare.js) a widget each.

// Talc instead of the default dlmalloc: a smaller wasm (measured in the README).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use eurocloud_compare::components::{App, AppProps};
use eurocloud_compare::embed;
use eurocloud_compare::i18n::I18n;
use wasm_bindgen::prelude::*;

fn main() {
    embed::start();
}

/// The widget of one `<eurocloud-compare>` element, rendered in its shadow root. The
/// element's script makes one when the element joins the page, calls `update` when one
/// of its attributes changes and `destroy` when it leaves.
#[wasm_bindgen]
pub struct Widget {
    app: Option<yew::AppHandle<App>>,
    host: web_sys::Element,
    mount: web_sys::Element,
    base: String,
    prefix: String,
    /// The messages, kept from one update to the next: props compare them by identity,
    /// and a new catalogue would render every component again.
    i18n: I18n,
}

thread_local! {
    /// How many element widgets this page has had: each gets ids of its own.
    static MADE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

#[wasm_bindgen]
impl Widget {
    /// Renders the widget of element `host` into `mount` (an element of its shadow root);
    /// `base` is the folder the widget was published in (the default data is there).
    #[wasm_bindgen(constructor)]
    pub fn new(host: web_sys::Element, mount: web_sys::Element, base: String) -> Widget {
        let count = MADE.with(|made| made.replace(made.get() + 1)) + 1;
        let mut widget = Widget {
            app: None,
            host,
            mount,
            base,
            prefix: format!("ecc{count}"),
            i18n: I18n::english(),
        };
        let props = widget.props();
        let root = widget.mount.clone();
        widget.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
        widget
    }

    /// Reads the element's attributes again, and updates the widget to them.
    pub fn update(&mut self) {
        let props = self.props();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Removes the widget from the element.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

impl Widget {
    /// The properties the element's attributes give, its theme set on the mount.
    fn props(&self) -> AppProps {
        embed::element_theme(&self.host, &self.mount);
        embed::element_props(&self.host, &self.base, &self.prefix, &self.i18n)
    }
}
