//! EuroCloud Compare: rank European cloud providers on criteria the visitor weights.
//!
//! One direction of flow: `data` (parse and validate providers.json) → `engine` (score
//! and rank) → `state` (what the visitor chose, as actions) → `components` (views) →
//! `embed` (mount points). `data` and `engine` are plain Rust and test on the host.

pub mod components;
pub mod data;
pub mod embed;
pub mod engine;
pub mod i18n;
pub mod markup;
pub mod order;
pub mod report;
pub mod state;
