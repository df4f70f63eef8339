//! Offline support and updates, through `js/service_worker.js` (the service
//! worker API is promise- and event-heavy; a few lines of JS are smaller in the
//! bundle than the same through `web_sys`).
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/js/service_worker.js")]
extern "C" {
    fn register_service_worker(on_update_ready: &Closure<dyn Fn()>);
    fn apply_update();
    fn keep_whole_app();
    fn keep_guide();
    fn keep_file(path: &str);
}

/// Registers the worker; the returned signal turns true when a new version waits.
pub fn register() -> ReadSignal<bool> {
    let (update_ready, set_update_ready) = signal(false);
    let on_update_ready = Closure::<dyn Fn()>::new(move || set_update_ready.set(true));
    register_service_worker(&on_update_ready);
    // The callback may run at any time while the page is open.
    on_update_ready.forget();
    update_ready
}

/// Asks the worker to keep the whole app for offline use; until a mentor's
/// screen asks, it keeps the page and the data files only.
pub fn keep_everything_offline() {
    keep_whole_app();
}

/// Asks the worker to keep the shared guide's program for offline use: the
/// program that asks, on a device that opened a guide link.
pub fn keep_guide_offline() {
    keep_guide();
}

/// Asks the worker to keep one of Senda's data files for offline use: the
/// guide in the language she reads, which is not among the files every
/// device keeps (one per language).
pub fn keep_offline(path: &str) {
    keep_file(path);
}

pub fn reload_with_update() {
    apply_update();
}
