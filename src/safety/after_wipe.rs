//! What a wipe does beyond localStorage, and the start that follows it. The
//! wiping tab removes the offline copy and reloads, marked, so that start
//! registers no service worker, keeps no organisation file and counts what
//! is left once the other tabs have gone to the neutral site (a tab that
//! hears of a wipe leaves, it does not reload into Senda).
use wasm_bindgen::prelude::*;

use super::wipe::wipe;
use crate::language::Language;
use crate::storage::store::Backend;

#[wasm_bindgen(module = "/src/js/offline_copy.js")]
extern "C" {
    fn forget_offline_copy_then_reload(language: &str);
    fn take_wiped_mark() -> Option<String>;
    fn offline_copy_left() -> js_sys::Promise;
}

thread_local! {
    static JUST_WIPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called once, before anything reads storage: the language to show if this
/// start follows a wipe. A record another tab wrote while the word reached
/// it is wiped again.
pub fn start(backend: &impl Backend) -> Option<Language> {
    let language = take_wiped_mark()?;
    JUST_WIPED.set(true);
    let _ = wipe(backend);
    Some(Language::parse(&language).unwrap_or_default())
}

/// This page is the start after a wipe: nothing may be kept for later.
pub fn just_wiped() -> bool {
    JUST_WIPED.get()
}

/// After localStorage is wiped: the caches and the worker go, then the page
/// reloads in `language`.
pub fn finish(language: Language) {
    forget_offline_copy_then_reload(language.code());
}

/// Caches and workers of Senda still on this origin; None if the browser
/// would not say.
pub async fn offline_parts_left() -> Option<u32> {
    let left = wasm_bindgen_futures::JsFuture::from(offline_copy_left()).await.ok()?;
    left.as_f64().map(|left| left as u32)
}
