//! The one notice every screen uses to say what happened: "Saved." as a
//! polite status, or a warning that interrupts (`role="alert"`) for what went
//! wrong or needs her attention. One place for its markup and roles, so a
//! screen reader hears every screen's outcome the same way.
use leptos::prelude::*;

#[component]
pub fn Notice(#[prop(optional)] warning: bool, children: Children) -> impl IntoView {
    if warning {
        view! { <p class="notice notice-warning" role="alert">{children()}</p> }.into_any()
    } else {
        view! { <p class="notice" role="status">{children()}</p> }.into_any()
    }
}
