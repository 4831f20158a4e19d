//! EuroCloud Compare: rank European cloud providers on criteria the visitor weights.
//!
//! One direction of flow: `data` (parse and validate providers.json) → `engine` (score
//! and rank) → `state` (what the visitor chose, as actions) → `components` (views) →
//! `embed` (mount points). `data` and `engine` are plain Rust and test on the host.
//!
//! `report` holds the views and files a visitor reads or takes away once the ranking is
//! there; it ships as a second wasm module, which the components fetch on first use and
//! ask with the URL fragment (`components::Reports`). `markup` is the escaped HTML both
//! write.

pub mod components;
pub mod data;
pub mod embed;
pub mod engine;
pub mod i18n;
pub mod markup;
pub mod order;
pub mod protocol;
pub mod report;
pub mod state;
