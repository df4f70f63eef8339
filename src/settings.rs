//! Preferences for this device. The lock, backup and safety cards belong to
//! their features (`vault`, `backup`, `safety`); this page gathers them.
pub mod setting_check;
pub mod settings_page;
pub mod storage_card;
pub mod storage_fullness;
