//! "Recently deleted": entries kept 30 days after a delete, with restore.
use leptos::prelude::*;

use super::journal_state::use_journal;
use super::trash::{days_left, recently_deleted};
use crate::i18n::*;
use crate::platform::{clock, intl};
use crate::router::Route;
use crate::ui::card::EmptyState;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::Locale as _;

#[component]
pub fn JournalDeletedPage() -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let error = RwSignal::new(None);
    let restore = move |id: String| {
        if let Err(failure) = journal.restore(&id) {
            error.set(Some(failure));
        }
    };
    let rows = move || {
        let now = clock::now_ms();
        let locale = i18n.get_locale();
        journal.entries.with(|entries| {
            recently_deleted(entries, now)
                .into_iter()
                .map(|indexed| {
                    let id = indexed.entry.id.clone();
                    let days = days_left(indexed, now);
                    let heading = indexed.entry.heading().to_owned();
                    view! {
                        <li class="deleted-row">
                            <span class="entry-date">{intl::date_time(locale.as_str(), indexed.entry.written_at)}</span>
                            <span class="entry-heading">{if heading.is_empty() { t_string!(i18n, journal_untitled).to_owned() } else { heading }}</span>
                            <span class="hint">{t!(i18n, journal_days_left, days = move || days)}</span>
                            <button type="button" class="secondary" on:click=move |_| restore(id.clone())>{t!(i18n, journal_restore)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let is_empty = move || journal.entries.with(|entries| recently_deleted(entries, clock::now_ms()).is_empty());
    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, journal_recently_deleted).to_owned()) />
        <p>{t!(i18n, journal_deleted_intro)}</p>
        {move || error.get().map(|error| view! { <StorageErrorNotice error /> })}
        <Show when=is_empty fallback=move || view! { <ul class="entry-list">{rows}</ul> }>
            <EmptyState>{t!(i18n, journal_deleted_empty)}</EmptyState>
        </Show>
        <p><a href=Route::Journal.to_hash()>{t!(i18n, journal_back)}</a></p>
    }
}
