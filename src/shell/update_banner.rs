//! "Update available — reload", shown when a new version has been installed
//! in the background. It waits for the user: reloading is her choice.
use leptos::prelude::*;

use crate::i18n::*;
use crate::platform::service_worker;

#[component]
pub fn UpdateBanner(update_ready: ReadSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || update_ready.get()>
            <div class="banner" role="status">
                <span>{guide_t!(i18n, update_ready)}</span>
                <button type="button" on:click=|_| service_worker::reload_with_update()>
                    {guide_t!(i18n, update_reload)}
                </button>
            </div>
        </Show>
    }
}
