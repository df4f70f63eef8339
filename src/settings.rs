//! Preferences for this device. The lock, backup and safety cards belong to
//! their features (`vault`, `backup`, `safety`); this page gathers them.
pub use senda_core::settings::{safari_eviction, setting_check, storage_fullness};

pub mod safari_notice;
pub mod settings_page;
pub mod storage_card;
