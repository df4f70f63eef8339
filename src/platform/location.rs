//! The current screen, read from the URL fragment and kept in a signal.
use leptos::prelude::*;

use crate::router::Route;

/// `location.hash`, as the page has it now.
pub fn current_hash() -> String {
    web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default()
}

/// The screen the address names now.
pub fn current_route() -> Route {
    Route::from_hash(&current_hash())
}

/// A signal that follows `location.hash`, including the back button.
pub fn route_signal() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    // Dropping the handle leaves the listener on for the page's life.
    let _handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::from_hash(&current_hash()));
    });
    route
}

/// Opens a screen, as following a link would (it adds a history entry).
pub fn go(route: &crate::router::Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.to_hash());
    }
}

/// Starts the page again at the address it shows now: the way from a shared
/// guide's build to the whole app (index.html starts the build an address
/// needs).
pub fn start_again() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
