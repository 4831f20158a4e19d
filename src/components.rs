//! The views. Each component renders what it is given; rankings come from `state`, and
//! the browser is touched only in effects and callbacks, never while rendering, so the
//! same components can later be rendered to static HTML at build time.

mod app;
mod compare;
mod dataset_info;
mod markup;
mod notice;
mod preset_picker;
mod provider_detail;
mod ranking_announcer;
mod ranking_row;
mod ranking_table;
mod weight_control;
mod weight_panel;

pub use app::{App, AppProps};
pub use compare::{Compare, CompareProps};
pub use dataset_info::dataset_info;
pub use notice::Notice;
pub use preset_picker::PresetPicker;
pub use provider_detail::ProviderDetail;
pub use ranking_announcer::RankingAnnouncer;
pub use ranking_row::RankingRow;
pub use ranking_table::RankingTable;
pub use weight_control::WeightControl;
pub use weight_panel::WeightPanel;
