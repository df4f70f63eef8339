//! The self-care tracker's rules: `check_in`, `who5` (the WHO-5 score),
//! `trends` (7, 30 and 90 days), `activities`, `plan`, `reminder` and
//! `self_care_store`. Gentle by design: no streaks, no missed days.
pub mod activities;
pub mod check_in;
pub mod plan;
pub mod reminder;
pub mod self_care_store;
pub mod trends;
pub mod who5;
