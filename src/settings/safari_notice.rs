//! The notice for Safari on an iPhone or iPad outside the Home Screen app
//! (`safari_eviction`), on every mentor screen, so she reads it before she
//! writes anything she would lose. A mentee's guide link never shows it: it
//! keeps nothing of hers and is never asked to install.
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::safari_eviction::{Browser, deletes_after_seven_days};
use crate::i18n::*;

/// Whether this browser deletes Senda's data after seven days without a visit.
pub fn seven_day_deletion() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let user_agent = navigator.user_agent().unwrap_or_default();
    // Safari's own flag for a Home Screen app, and the standard media query.
    let flagged = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone")).ok().and_then(|v| v.as_bool());
    let display_standalone =
        window.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|query| query.matches());
    deletes_after_seven_days(&Browser {
        user_agent: &user_agent,
        max_touch_points: navigator.max_touch_points(),
        standalone: flagged == Some(true) || display_standalone,
    })
}

#[component]
pub fn SafariNotice() -> impl IntoView {
    let i18n = use_i18n();
    seven_day_deletion().then(|| {
        view! {
            <aside class="notice notice-warning safari-notice">
                <p>{t!(i18n, safari_notice)}</p>
                <p>{t!(i18n, safari_notice_how)}</p>
            </aside>
        }
    })
}
