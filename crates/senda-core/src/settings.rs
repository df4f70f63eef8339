//! Checks on this device's settings: what a stored setting may hold
//! (`setting_check`), how full storage is (`storage_fullness`) and Safari's
//! seven-day deletion (`safari_eviction`).
pub mod safari_eviction;
pub mod setting_check;
pub mod storage_fullness;
