//! "Delete all Senda data on this device", behind a typed word. The page
//! then starts again (`after_wipe`) and shows what is left: nothing.
use leptos::prelude::*;

use super::after_wipe;
use super::wipe::confirmed;
use super::wipe_after_tries_setting::WipeAfterTriesSetting;
use super::wipe_now::wipe_now;
use crate::i18n::*;
use crate::journal::journal_state::JournalState;
use crate::storage::store::Backend;
use crate::storage::store_handle::use_store;
use crate::ui::notice::Notice;
use crate::ui::storage_error_text::StorageErrorNotice;
use crate::vault::vault_session::use_vault;

#[component]
pub fn WipeSection() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let storage = use_store();
    let journal = use_context::<JournalState>();
    let typed = RwSignal::new(String::new());
    let failed = RwSignal::new(None::<crate::storage::StorageError>);
    let deleting = RwSignal::new(false);
    let word = move || t_string!(i18n, wipe_word);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if !confirmed(&typed.get_untracked(), word()) {
            return;
        }
        typed.set(String::new());
        match wipe_now(storage, vault, journal, crate::language::language(i18n.get_locale_untracked())) {
            Ok(()) => deleting.set(true),
            Err(error) => failed.set(Some(error)),
        }
    };
    // Counted on the start after the wipe, once the other tabs have left;
    // any other visit to Settings counts nothing.
    let left = after_wipe::just_wiped().then(|| {
        let records =
            storage.backend().keys().map_or(0, |keys| keys.iter().filter(|key| key.starts_with("senda/")).count());
        (records, LocalResource::new(after_wipe::offline_parts_left))
    });

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
            <WipeAfterTriesSetting />
            {move || deleting.get().then(|| view! { <Notice>{t!(i18n, wipe_deleting)}</Notice> })}
            {move || failed.get().map(|error| view! { <StorageErrorNotice error /> })}
            {move || left.and_then(|(records_left, offline)| Some((records_left, offline.get()?))).map(|(records_left, offline)| match offline {
                Some(offline) => view! {
                    <Notice>{t!(i18n, wipe_done, records = move || records_left, offline = move || offline)}</Notice>
                }.into_any(),
                None => view! { <Notice>{t!(i18n, wipe_done_records, records = move || records_left)}</Notice> }.into_any(),
            })}
        </section>
    }
}
