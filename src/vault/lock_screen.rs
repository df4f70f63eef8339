//! What shows instead of every private screen while Senda is locked: one
//! passphrase field. Key derivation takes a moment on a phone, so the form
//! says so before the work starts.
use leptos::prelude::*;

use super::vault_meta;
use super::vault_session::use_vault;
use crate::i18n::*;
use crate::platform::storage_lock;
use crate::storage::StorageError;
use crate::storage::store_handle::use_store;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;

#[derive(Clone, PartialEq)]
enum Attempt {
    Idle,
    Working,
    Wrong,
    /// Seconds to wait before the next try.
    Wait(u32),
    Broken(StorageError),
}

#[component]
pub fn LockScreen() -> impl IntoView {
    let storage = use_store();
    let i18n = use_i18n();
    let vault = use_vault();
    let passphrase = RwSignal::new(String::new());
    let attempt = RwSignal::new(Attempt::Idle);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let wait = vault.wait_left_seconds();
        if wait > 0 {
            attempt.set(Attempt::Wait(wait));
            return;
        }
        attempt.set(Attempt::Working);
        // Let the "unlocking" state paint before the derivation holds the thread.
        set_timeout(
            move || {
                let stored = match vault_meta::load(&storage.store()) {
                    Ok(Some(stored)) => stored,
                    Ok(None) => {
                        vault.replace_key(None, None);
                        return;
                    }
                    Err(error) => {
                        attempt.set(Attempt::Broken(error));
                        return;
                    }
                };
                match stored.value.unlock(&passphrase.get_untracked()) {
                    Ok(key) => {
                        passphrase.set(String::new());
                        attempt.set(Attempt::Idle);
                        let revision = stored.revision;
                        storage_lock::if_free(move |may_recover| vault.unlock_with(key, revision, may_recover));
                    }
                    Err(_) => {
                        vault.record_failure();
                        attempt.set(Attempt::Wrong);
                    }
                }
            },
            std::time::Duration::from_millis(30),
        );
    };

    let message = move || match attempt.get() {
        Attempt::Idle => None,
        Attempt::Working => Some(view! { <Notice>{t!(i18n, lock_unlocking)}</Notice> }.into_any()),
        Attempt::Wrong => Some(view! { <Notice warning=true>{t!(i18n, lock_wrong)}</Notice> }.into_any()),
        Attempt::Wait(seconds) => {
            Some(view! { <Notice warning=true>{t!(i18n, lock_wait, seconds = move || seconds)}</Notice> }.into_any())
        }
        Attempt::Broken(error) => Some(view! { <StorageErrorNotice error /> }.into_any()),
    };

    view! {
        <PageTitle text=Signal::derive(move || t_string!(i18n, lock_title).to_owned()) />
        <form class="card lock-form" on:submit=submit>
            <p>{t!(i18n, lock_intro)}</p>
            <label for="unlock-passphrase">{t!(i18n, lock_passphrase)}</label>
            <input id="unlock-passphrase" type="password" autocomplete="off" required
                prop:value=move || passphrase.get() on:input=move |event| passphrase.set(event_target_value(&event))
                disabled=move || attempt.get() == Attempt::Working />
            <button type="submit" disabled=move || attempt.get() == Attempt::Working>{t!(i18n, lock_unlock)}</button>
            {message}
            <p class="hint">{t!(i18n, lock_forgotten)}</p>
        </form>
    }
}
