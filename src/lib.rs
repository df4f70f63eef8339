//! Senda: a companion app for peer mentors. See ARCHITECTURE.md for the map.
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
// First, so that every module below can look up the guide's strings.
#[macro_use]
mod guide_strings;

pub use senda_core::{day, router, screen_chunk, text};
pub mod backup;
pub mod conversations;
pub mod journal;
pub mod language;
pub mod organisation;
pub mod platform;
pub mod resources;
pub mod safety;
pub mod self_care;
pub mod settings;
pub mod shell;
pub mod storage;
pub mod ui;
pub mod vault;

/// Mounts the whole app on the page; called by `main`.
#[cfg(feature = "whole-app")]
pub fn start() {
    if left_again_after_quick_exit() {
        return;
    }
    shell::screens::fetch_first_screen(platform::location::current_route());
    // Mounted while holding the storage lock if it is free, so the start's
    // recovery of an interrupted change never races one under way elsewhere.
    platform::storage_lock::if_free(|may_recover| {
        leptos::mount::mount_to_body(move || leptos::view! { <shell::app::App may_recover /> })
    });
}

/// Mounts a shared guide's build (`shell::guide_app`); called by
/// `guide_main`.
#[cfg(feature = "guide-app")]
pub fn start_guide() {
    if left_again_after_quick_exit() {
        return;
    }
    leptos::mount::mount_to_body(|| leptos::view! { <shell::guide_app::GuideApp /> })
}

/// A page left by quick exit and reached again with Back shows nothing, in
/// either program: it leaves again before anything is drawn.
fn left_again_after_quick_exit() -> bool {
    safety::quick_exit::leave_if_returning(&storage::Store::new(storage::local_storage::LocalStorage))
}
