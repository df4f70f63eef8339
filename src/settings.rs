//! Preferences for this device that belong to no other feature: how full
//! storage is, and Safari's seven-day deletion. The lock, backup and safety
//! cards belong to their features (`vault`, `backup`, `safety`); the shell's
//! `settings_page` gathers them all.
pub use senda_core::settings::{safari_eviction, setting_check, setting_id, storage_fullness};

pub mod safari_notice;
pub mod storage_card;
