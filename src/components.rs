//! The views. Each component renders what it is given; rankings come from `state`, and
//! the browser is touched only in effects and callbacks, never while rendering, so the
//! same components render to static HTML at build time.
//!
//! Every control is a function component with typed props and callbacks into the one
//! `AppState` reducer; ranking rows are keyed by provider id. Side effects live in named
//! hooks (`hooks`). What is drawn on demand (details, side by side, analysis, the
//! requirements and ordering panels) is the report module's markup (`report_link`),
//! shown by `ReportView`, which reads its controls' typed acts (`crate::protocol`).
//! Read-only text (notices, the screening, the dataset's footer) is escaped markup
//! (`crate::markup`).

mod app;
mod compare;
mod dataset_info;
mod hooks;
mod leaders;
mod method_picker;
mod notice;
mod preset_picker;
mod ranking_table;
mod report_link;
mod report_view;
mod screening;
mod select;
mod share;
mod weight_panel;

pub use app::{preload, preloaded_from, App, AppProps, Preloaded};
pub use compare::{Compare, CompareProps};
pub use dataset_info::{contest, dataset_info};
pub use hooks::FRAGMENT_DELAY_MS;
pub use ranking_table::{ranking_columns, RankingRow, RankingTable};
pub use report_link::{reason, Full, ReportSource, Reports};
pub use report_view::ReportPanel;
pub use screening::screening;
pub use share::LinkPage;
