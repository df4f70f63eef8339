//! One entry in full, with edit and delete.
use leptos::prelude::*;

use super::journal_state::use_journal;
use super::mood_words::mood_word;
use super::trash;
use crate::i18n::*;
use crate::platform::{clock, intl, location};
use crate::router::Route;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::Locale as _;

#[component]
pub fn JournalEntryPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let found = Memo::new(move |_| journal.find(&id).filter(|indexed| indexed.entry.deleted_ms.is_none()));
    let error = RwSignal::new(None);

    let delete = move |_| {
        let Some(current) = found.get_untracked() else { return };
        let deleted = trash::delete(current.entry, clock::now_ms());
        match journal.save(&deleted, Some(current.revision)) {
            Ok(_) => {
                journal.just_deleted.set(Some(deleted));
                location::go(&Route::Journal);
            }
            Err(failure) => error.set(Some(failure)),
        }
    };

    move || match found.get() {
        None => view! {
            <PageTitle text=Signal::derive(move || t_string!(i18n, journal_entry_missing_title).to_owned()) />
            <p>{t!(i18n, journal_entry_missing)}</p>
            <p><a href=Route::Journal.to_hash()>{t!(i18n, journal_back)}</a></p>
        }
        .into_any(),
        Some(indexed) => {
            let entry = indexed.entry;
            let heading = entry.heading().to_owned();
            let title = Signal::derive(move || {
                if heading.is_empty() { t_string!(i18n, journal_untitled).to_owned() } else { heading.clone() }
            });
            let written_at = entry.written_at;
            let updated = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(entry.updated_ms as f64));
            let paragraphs =
                entry.body.split("\n\n").map(str::to_owned).filter(|p| !p.trim().is_empty()).collect::<Vec<_>>();
            view! {
                <article class="entry">
                    <PageTitle text=title />
                    <p class="entry-date">{move || intl::date_time(i18n.get_locale().as_str(), written_at)}</p>
                    <dl class="entry-details">
                        {entry.mood.map(|mood| view! { <dt>{t!(i18n, journal_mood_label)}</dt><dd>{move || mood_word(i18n, mood)}</dd> })}
                        {(!entry.tags.is_empty()).then(|| view! { <dt>{t!(i18n, journal_tags_heading)}</dt><dd>{entry.tags.join(", ")}</dd> })}
                    </dl>
                    <div class="entry-body">
                        {paragraphs.into_iter().map(|paragraph| view! { <p>{paragraph}</p> }).collect_view()}
                    </div>
                    <p class="hint">{t!(i18n, journal_last_changed, date = move || intl::long_date(i18n.get_locale().as_str(), &updated))}</p>
                    <p class="actions no-print">
                        <a class="button" href=Route::JournalEdit(entry.id.clone()).to_hash()>{t!(i18n, journal_edit)}</a>
                        <button type="button" class="danger" on:click=delete>{t!(i18n, journal_delete)}</button>
                        <a href=Route::Journal.to_hash()>{t!(i18n, journal_back)}</a>
                    </p>
                    {move || error.get().map(|error| view! { <StorageErrorNotice error /> })}
                    <LinkedConversations entry_id=entry.id.clone() />
                </article>
            }
            .into_any()
        }
    }
}

/// The conversations whose record links to this entry: the way back from
/// the journal to the mentoring record it is about.
#[component]
fn LinkedConversations(entry_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    // One that cannot be read is said on the conversations screen; here the
    // entry is what she came for.
    let linked = journal.conversations_linking_to(&entry_id).unwrap_or_default();
    (!linked.is_empty()).then(|| {
        let language = i18n.get_locale_untracked().as_str();
        let rows = linked
            .into_iter()
            .map(|conversation| {
                let label = format!("{} — {}", conversation.alias, intl::medium_date(language, conversation.day));
                view! { <li><a href=Route::Conversation(conversation.id).to_hash()>{label}</a></li> }
            })
            .collect_view();
        view! {
            <section class="no-print" aria-labelledby="linked-conversations-heading">
                <h2 id="linked-conversations-heading">{t!(i18n, journal_conversations)}</h2>
                <ul class="plain-list">{rows}</ul>
            </section>
        }
    })
}
