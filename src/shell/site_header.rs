//! The bar at the top of every screen: Senda's name, the lock button (with a
//! passphrase set), the language picker and quick exit.
use leptos::prelude::*;

use crate::i18n::*;
use crate::router::Route;
use crate::safety::quick_exit::QuickExit;
use crate::ui::language_picker::LanguagePicker;
use crate::vault::vault_session::use_vault;

#[component]
pub fn SiteHeader(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    // A mentee opening a shared guide stays in the guide.
    let home = move || if route.get().is_shared_guide() { Route::Guide } else { Route::Journal }.to_hash();
    view! {
        <header class="site-header">
            <a class="brand" href=home>{guide_t!(i18n, app_name)}</a>
            <Show when=move || vault.lock_set.get() && vault.open.get()>
                <button type="button" class="secondary lock-button" on:click=move |_| vault.lock()>{guide_t!(i18n, lock_now)}</button>
            </Show>
            <LanguagePicker id="header-language" compact=true />
            <QuickExit />
        </header>
    }
}
