//! "Share with a mentee": the guide's (or one service's) link as text to
//! copy, through the system share sheet where there is one, and as a QR code
//! drawn on the device. The link opens the shared guide (`#/guide…`), which
//! shows nothing of the mentor's.
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::qr_code::qr_path;
use crate::i18n::*;
use crate::router::Route;
use crate::ui::notice::Notice;

#[wasm_bindgen(module = "/src/js/share.js")]
extern "C" {
    fn can_share() -> bool;
    fn share_link(title: &str, url: &str);
    fn copy_text(text: &str, on_done: JsValue);
}

/// The address of `route` in this deployment, whatever its host and path.
fn address(route: &Route) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{}", route.to_hash())
}

#[component]
pub fn ShareLink(route: Route, title: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let url = address(&route);
    let copied = RwSignal::new(None::<bool>);
    let copy = {
        let url = url.clone();
        // Called once when the clipboard's promise settles, then freed
        // (`once_into_js`): a click no longer leaves a closure behind.
        move |_| copy_text(&url, Closure::once_into_js(move |done: bool| copied.set(Some(done))))
    };
    let share = {
        let url = url.clone();
        move |_| share_link(&title.get_untracked(), &url)
    };
    let qr = qr_path(&url).map(|(side, path)| {
        let view_box = format!("0 0 {side} {side}");
        view! {
            <svg class="qr" viewBox=view_box role="img" aria-labelledby="qr-caption" shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d=path fill="#000" />
            </svg>
            <p id="qr-caption" class="hint">{guide_t!(i18n, share_qr_caption)}</p>
        }
    });
    view! {
        <section class="card share" aria-labelledby="share-heading">
            <h2 id="share-heading">{guide_t!(i18n, share_heading)}</h2>
            <p class="hint">{guide_t!(i18n, share_explained)}</p>
            <label for="share-url">{guide_t!(i18n, share_link_label)}</label>
            <input id="share-url" type="url" readonly prop:value=url.clone() />
            <p class="actions">
                <button type="button" class="secondary" on:click=copy>{guide_t!(i18n, share_copy)}</button>
                {can_share().then(|| view! { <button type="button" class="secondary" on:click=share>{guide_t!(i18n, share_sheet)}</button> })}
            </p>
            {move || copied.get().map(|done| view! {
                <Notice>{if done { guide_t_string!(i18n, share_copied) } else { guide_t_string!(i18n, share_copy_failed) }}</Notice>
            })}
            {qr}
        </section>
    }
}
