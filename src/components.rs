//! The views. Each renders what it is given; rankings come from `state`, and the browser
//! is touched only in effects and callbacks, never while rendering, so the same views can
//! later be rendered to static HTML at build time.
//!
//! Most views are functions writing escaped markup (`markup`), read by one delegated event
//! handler (`choice`): built with `html!`, the same views measured more than the bundle's
//! whole budget. Yew keeps the layout, the disclosures, the live region and the state.

mod analysis;
mod app;
mod choice;
mod compare;
mod dataset_info;
mod elicit;
mod markup;
mod notice;
mod preset_picker;
mod provider_detail;
mod ranking_table;
mod requirements;
mod screening;
mod weight_panel;

pub use app::{App, AppProps};
pub use compare::{Compare, CompareProps};
pub use dataset_info::dataset_info;
pub use screening::screening;
