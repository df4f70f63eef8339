//! "Delete all Senda data on this device", behind a typed word. Afterwards
//! the screen shows what is left: nothing.
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::wipe::{confirmed, wipe};
use crate::i18n::*;
use crate::journal::journal_state::JournalState;
use crate::platform::all_tabs::{TabWord, tell_other_tabs};
use crate::storage::local_storage::LocalStorage;
use crate::storage::store::Backend;
use crate::ui::notice::Notice;
use crate::ui::storage_error_text::StorageErrorNotice;
use crate::vault::vault_session::use_vault;

#[wasm_bindgen(module = "/src/js/offline_copy.js")]
extern "C" {
    /// Deletes the service worker's caches and unregisters it.
    fn forget_offline_copy();
}

#[component]
pub fn WipeSection() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let journal = use_context::<JournalState>();
    let typed = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<(), crate::storage::StorageError>>);
    let word = move || t_string!(i18n, wipe_word);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if !confirmed(&typed.get_untracked(), word()) {
            return;
        }
        tell_other_tabs(TabWord::Wipe);
        vault.lock_now();
        let result = wipe(&LocalStorage).map(|_| ());
        forget_offline_copy();
        vault.replace_key(None, None);
        if let Some(journal) = journal {
            journal.forget();
        }
        typed.set(String::new());
        outcome.set(Some(result));
    };
    let left = move || LocalStorage.keys().map(|keys| keys.iter().filter(|key| key.starts_with("senda/")).count());

    view! {
        <section class="card danger" aria-labelledby="wipe-heading">
            <h2 id="wipe-heading">{t!(i18n, wipe_heading)}</h2>
            <p>{t!(i18n, wipe_explained)}</p>
            <form class="stack" on:submit=submit>
                <label for="wipe-word">{t!(i18n, wipe_type, word = word)}</label>
                <input id="wipe-word" type="text" autocomplete="off" prop:value=move || typed.get()
                    on:input=move |event| typed.set(event_target_value(&event)) />
                <button type="submit" class="danger" disabled=move || !confirmed(&typed.get(), word())>{t!(i18n, wipe_button)}</button>
            </form>
            {move || outcome.get().map(|result| match result {
                Ok(()) => view! {
                    <Notice>{t!(i18n, wipe_done, count = move || left().unwrap_or(0))}</Notice>
                }.into_any(),
                Err(error) => view! { <StorageErrorNotice error /> }.into_any(),
            })}
        </section>
    }
}
