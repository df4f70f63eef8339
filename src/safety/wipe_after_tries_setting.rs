//! The opt-in erasure after wrong passphrases: her choice in Settings, with
//! what it cannot do said first, and the watch that carries it out.
use leptos::prelude::*;

use super::wipe_after_tries::{OFFERED, WipeAfterTries};
use super::wipe_now::wipe_now;
use crate::i18n::*;
use crate::journal::journal_state::JournalState;
use crate::settings::setting_id::SettingId;
use crate::storage::store::Backend;
use crate::storage::store_handle::use_store;
use crate::storage::{Expect, Store};
use crate::ui::notice::{Notice, SaveOutcome};
use crate::vault::vault_session::{VaultSession, use_vault};

/// The stored choice; a value Settings does not offer counts as off.
fn stored(store: &Store<impl Backend>) -> WipeAfterTries {
    store
        .load::<WipeAfterTries>(&SettingId::WipeAfterTries.key())
        .ok()
        .flatten()
        .map(|stored| stored.value)
        .filter(WipeAfterTries::is_valid)
        .unwrap_or_default()
}

/// Wipes the device when the wrong tries in a row reach her chosen count.
/// Created by the shell, so it watches the lock screen and Settings alike.
pub fn erase_on_wrong_tries(vault: VaultSession, journal: JournalState) {
    let i18n = use_i18n();
    let storage = use_store();
    Effect::new(move |_| {
        let failed = vault.wrong_tries.get();
        if failed > 0 && stored(&storage.store()).is_due(failed) {
            // Nothing to tell her on failure: the lock screen stays, as after any wrong try.
            let _ = wipe_now(storage, vault, Some(journal), crate::language::language(i18n.get_locale_untracked()));
        }
    });
}

/// Only with a passphrase set: without one there is nothing to guess.
#[component]
pub fn WipeAfterTriesSetting() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let storage = use_store();
    let chosen = RwSignal::new(stored(&storage.store()));
    let saved = RwSignal::new(None);
    let choose = move |event: leptos::ev::Event| {
        let after = event_target_value(&event).parse::<u32>().ok();
        let choice = WipeAfterTries { after };
        if !choice.is_valid() {
            return;
        }
        let ok = storage.store().save(&SettingId::WipeAfterTries.key(), &choice, Expect::Latest).is_ok();
        if ok {
            chosen.set(choice);
        }
        saved.set(Some(ok));
    };
    let value = |after: Option<u32>| after.map_or_else(|| "never".to_owned(), |count| count.to_string());
    view! {
        <Show when=move || vault.lock_set.get()>
            <h3>{t!(i18n, wipe_after_tries_heading)}</h3>
            <Notice warning=true standing=true>{t!(i18n, wipe_after_tries_warning)}</Notice>
            <p>
                <label for="wipe-after-tries">{t!(i18n, wipe_after_tries_label)}</label>
                <select id="wipe-after-tries" on:change=choose>
                    {OFFERED.into_iter().map(|after| view! {
                        <option value=value(after) selected=move || chosen.get().after == after>
                            {match after {
                                None => t!(i18n, wipe_after_tries_never).into_any(),
                                Some(count) => t!(i18n, wipe_after_tries_count, count = move || count).into_any(),
                            }}
                        </option>
                    }).collect_view()}
                </select>
            </p>
            <SaveOutcome saved>{move || match chosen.get().after {
                None => t!(i18n, wipe_after_tries_off_saved).into_any(),
                Some(count) => t!(i18n, wipe_after_tries_saved, count = move || count).into_any(),
            }}</SaveOutcome>
        </Show>
    }
}
