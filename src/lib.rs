//! Senda: a companion app for peer mentors. See ARCHITECTURE.md for the map.
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod app;
pub mod journal;
pub mod language;
pub mod platform;
pub mod router;
pub mod settings;
pub mod storage;
pub mod text;
pub mod ui;

/// Mounts the app on the page; called by `main`.
pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
