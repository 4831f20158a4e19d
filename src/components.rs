//! The views. Each renders what it is given; rankings come from `state`, and the browser
//! is touched only in effects and callbacks, never while rendering, so the same views can
//! later be rendered to static HTML at build time.
//!
//! Most views are functions writing escaped markup (`markup`), read by one delegated event
//! handler (`choice`): built with `html!`, the same views measured more than the bundle's
//! whole budget. Yew keeps the layout, the disclosures, the live region and the state.
//! What is drawn on demand (details, side by side, analysis, the requirements and ordering
//! panels) is the report module's markup (`report_link`), read by the same handler.

mod app;
mod choice;
mod compare;
mod dataset_info;
mod elicit;
mod notice;
mod preset_picker;
mod ranking_table;
mod report_link;
mod requirements;
mod screening;
mod share;
mod weight_panel;

pub use app::{App, AppProps};
pub use compare::{Compare, CompareProps};
pub use dataset_info::{contest, dataset_info};
pub use preset_picker::source_line;
pub use ranking_table::ranking_columns;
pub use report_link::{reason, Full, ReportSource, Reports};
pub use screening::screening;
