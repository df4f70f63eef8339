//! At first run, the journal offers the lock once: set a passphrase now, or
//! "not now", which is remembered (it stays in Settings either way).
use leptos::prelude::*;

use super::vault_session::use_vault;
use crate::i18n::*;
use crate::router::Route;
use crate::settings::setting_id::SettingId;
use crate::storage::Expect;
use crate::storage::store_handle::use_store;

#[component]
pub fn LockOffer() -> impl IntoView {
    let storage = use_store();
    let i18n = use_i18n();
    let vault = use_vault();
    let dismissed = RwSignal::new(
        storage.store().load::<bool>(&SettingId::LockOfferDismissed.key()).ok().flatten().is_some_and(|s| s.value),
    );
    let not_now = move |_| {
        let _ = storage.store().save(&SettingId::LockOfferDismissed.key(), &true, Expect::Latest);
        dismissed.set(true);
    };
    view! {
        <Show when=move || !vault.lock_set.get() && !dismissed.get()>
            <aside class="notice offer" aria-labelledby="lock-offer-heading">
                <h2 id="lock-offer-heading">{t!(i18n, lock_offer_heading)}</h2>
                <p>{t!(i18n, lock_offer_text)}</p>
                <p class="actions">
                    <a class="button" href=Route::Settings.to_hash()>{t!(i18n, lock_offer_set)}</a>
                    <button type="button" class="secondary" on:click=not_now>{t!(i18n, lock_offer_not_now)}</button>
                </p>
            </aside>
        </Show>
    }
}
