//! What tops every screen of both programs: the skip link, the header with
//! quick exit, and the banners for a new version and for storage.
use leptos::prelude::*;

use crate::i18n::*;
use crate::router::Route;
use crate::shell::site_header::SiteHeader;
use crate::shell::storage_notice::StorageNotice;
use crate::shell::update_banner::UpdateBanner;

#[component]
pub fn PageTop(route: ReadSignal<Route>, update_ready: ReadSignal<bool>) -> impl IntoView {
    view! {
        <SkipLink />
        <SiteHeader route />
        <UpdateBanner update_ready />
        <StorageNotice />
    }
}

/// The first thing a keyboard reaches: a jump past the header.
#[component]
fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let focus_main = move |event: leptos::ev::MouseEvent| {
        // A plain `#main` link would be read as a screen by the router.
        event.prevent_default();
        if let Some(main) = document().get_element_by_id("main-content") {
            use wasm_bindgen::JsCast;
            if let Some(main) = main.dyn_ref::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! { <a class="skip-link" href="#main-content" on:click=focus_main>{guide_t!(i18n, skip_to_content)}</a> }
}
