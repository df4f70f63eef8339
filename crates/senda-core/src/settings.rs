//! This device's settings: which there are (`setting_id`), what a stored
//! setting may hold (`setting_check`), how full storage is (`storage_fullness`) and Safari's
//! seven-day deletion (`safari_eviction`).
pub mod safari_eviction;
pub mod setting_check;
pub mod setting_id;
pub mod storage_fullness;
