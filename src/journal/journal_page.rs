//! The journal list: search as you type, filters, entries newest first
//! grouped by month, shown a page at a time so thousands stay quick.
use leptos::prelude::*;

use super::entry::JournalEntry;
use super::highlighted_text::HighlightedText;
use super::journal_query::{IndexedEntry, JournalQuery, Search, group_by_month, known_tags, matching_line};
use super::journal_state::use_journal;
use super::markdown_export::{ExportLabels, file_name, to_markdown};
use super::mood::Mood;
use super::mood_words::{all_mood_words, mood_word};
use crate::i18n::*;
use crate::platform::{clock, download, intl};
use crate::router::Route;
use crate::text::excerpt::excerpt;
use crate::text::fold::query_words;
use crate::ui::card::EmptyState;
use crate::ui::clear_file_warning::ClearFileWarning;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::Locale as _;

/// Entries rendered at once; "Show more" adds as many again. Twenty fill
/// two or three phone screens and keep a keystroke's re-render short.
const PAGE_SIZE: usize = 20;

/// `children`: other features' notices shown above her entries (the lock
/// offer, the backup reminder), given by the shell so the journal needs
/// neither feature.
#[component]
pub fn JournalPage(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let query = RwSignal::new(JournalQuery::default());
    // Counts changes to the entries, so a search only narrows the previous
    // results while the entries are the ones it looked at.
    let entries_generation = Memo::new(move |previous: Option<&u64>| {
        journal.entries.track();
        previous.map_or(0, |generation| generation + 1)
    });
    let shown = RwSignal::new(PAGE_SIZE);
    let search = Memo::new(move |previous: Option<&Search>| {
        let generation = entries_generation.get();
        query.with(|query| journal.entries.with(|entries| Search::next(previous, generation, query, entries)))
    });
    let positions = Memo::new(move |_| search.with(|search| search.positions.clone()));
    let has_entries =
        Memo::new(move |_| journal.entries.with(|entries| entries.iter().any(|e| e.entry.deleted_ms.is_none())));
    let printing = RwSignal::new(false);
    let export_asked = RwSignal::new(false);
    let print_asked = RwSignal::new(false);
    let export_failed = RwSignal::new(false);

    let set_query = move |change: &dyn Fn(&mut JournalQuery)| {
        query.update(|query| change(query));
        shown.set(PAGE_SIZE);
    };

    let selected_entries = move || -> Vec<JournalEntry> {
        journal
            .entries
            .with(|entries| positions.get().iter().map(|&position| entries[position].entry.clone()).collect())
    };

    let export = move || {
        let entries = selected_entries();
        let labels = ExportLabels {
            document_title: guide_t_string!(i18n, nav_journal),
            mood: t_string!(i18n, journal_mood_label),
            tags: t_string!(i18n, journal_tags_heading),
            moods: all_mood_words(i18n),
        };
        let text = to_markdown(&entries.iter().collect::<Vec<_>>(), &labels);
        let saved = download::save_text_file(
            &file_name(&clock::local_day_today().to_string()),
            "text/markdown;charset=utf-8",
            &text,
        );
        export_failed.set(saved.is_err());
    };

    let print = move || {
        printing.set(true);
        request_animation_frame(move || {
            download::print_page();
            printing.set(false);
        });
    };

    let groups = move || {
        let words = query.with(|query| query_words(&query.text));
        let locale = i18n.get_locale();
        journal.entries.with(|entries| {
            let visible: Vec<&IndexedEntry> =
                positions.get().iter().take(shown.get()).map(|&position| &entries[position]).collect();
            group_by_month(&visible)
                .into_iter()
                .map(|(month, group)| {
                    let rows =
                        group.iter().map(|indexed| entry_row(i18n, locale.as_str(), indexed, &words)).collect_view();
                    view! {
                        <section class="month">
                            <h2>{intl::month_year(locale.as_str(), &month)}</h2>
                            <ul class="entry-list">{rows}</ul>
                        </section>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, nav_journal).to_owned()) />
        <div class="no-print">
            <UndoDelete />
            {children()}
            <ContinueDrafts />
            <p class="actions">
                <a class="button" href=Route::JournalNew.to_hash()>{t!(i18n, journal_new_entry)}</a>
                <Show when=move || journal.entries.with(|entries| entries.iter().any(|e| e.entry.deleted_ms.is_some()))>
                    <a href=Route::JournalDeleted.to_hash()>{guide_t!(i18n, journal_recently_deleted)}</a>
                </Show>
            </p>
            {move || journal.load_error.get().map(|error| view! { <StorageErrorNotice error /> })}
            {move || (journal.unreadable.get() > 0).then(|| view! {
                <Notice warning=true standing=true>{t!(i18n, journal_unreadable, count = move || journal.unreadable.get())}</Notice>
            })}
            // Search, filters and export come once there is something to
            // search or export; before that they only crowd the first screen.
            <Show when=move || has_entries.get() fallback=move || view! { <EmptyState>{t!(i18n, journal_empty)}</EmptyState> }>
                <JournalFilters query set_query />
                <p class="result-count" role="status">{t!(i18n, journal_found, count = move || positions.with(Vec::len))}</p>
                <p class="actions">
                    <button type="button" class="secondary" on:click=move |_| export_asked.set(true)>{t!(i18n, journal_export)}</button>
                    <button type="button" class="secondary" on:click=move |_| print_asked.set(true)>{t!(i18n, journal_print)}</button>
                </p>
                <ClearFileWarning asked=export_asked go=Callback::new(move |()| export()) />
                <ClearFileWarning asked=print_asked go=Callback::new(move |()| print()) />
                <Show when=move || export_failed.get()>
                    <Notice warning=true>{t!(i18n, journal_export_failed)}</Notice>
                </Show>
                <Show when=move || positions.with(Vec::is_empty)>
                    <EmptyState>{t!(i18n, journal_no_match)}</EmptyState>
                </Show>
            </Show>
            {groups}
            <Show when=move || { positions.with(Vec::len) > shown.get() }>
                <button type="button" class="secondary" on:click=move |_| shown.update(|shown| *shown += PAGE_SIZE)>
                    {t!(i18n, journal_show_more)}
                </button>
            </Show>
        </div>
        <Show when=move || printing.get()>
            <section class="print-only">
                {move || selected_entries().into_iter().map(|entry| view! { <PrintedEntry entry /> }).collect_view()}
            </section>
        </Show>
    }
}

fn entry_row(
    i18n: leptos_i18n::I18nContext<Locale>,
    locale: &str,
    indexed: &IndexedEntry,
    words: &[String],
) -> impl IntoView + use<> {
    let entry = &indexed.entry;
    let heading = entry.heading().to_owned();
    let heading = if heading.is_empty() { t_string!(i18n, journal_untitled).to_owned() } else { heading };
    let excerpt = matching_line(entry, words);
    let meta: Vec<String> = entry
        .mood
        .map(|mood| mood_word(i18n, mood).to_owned())
        .into_iter()
        .chain(entry.tags.iter().map(|tag| format!("#{tag}")))
        .collect();
    view! {
        <li>
            <a class="entry-row" href=Route::JournalEntry(entry.id.clone()).to_hash()>
                <span class="entry-date">{intl::date_time(locale, entry.written_at)}</span>
                <span class="entry-heading"><HighlightedText text=heading words=words.to_vec() /></span>
                {excerpt.map(|line| view! { <span class="entry-excerpt"><HighlightedText text=line words=words.to_vec() /></span> })}
                {(!meta.is_empty()).then(|| view! { <span class="entry-meta">{meta.join(" · ")}</span> })}
            </a>
        </li>
    }
}

#[component]
fn JournalFilters(
    query: RwSignal<JournalQuery>,
    set_query: impl Fn(&dyn Fn(&mut JournalQuery)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let tags = Memo::new(move |_| journal.entries.with(|entries| known_tags(entries)));
    let optional = |value: String| (!value.is_empty()).then_some(value);
    view! {
        <div class="search-field">
            <label for="journal-search">{t!(i18n, journal_search_label)}</label>
            <input id="journal-search" type="search" autocomplete="off"
                prop:value=move || query.with(|query| query.text.clone())
                on:input=move |event| { let text = event_target_value(&event); set_query(&|query| query.text = text.clone()) } />
        </div>
        <details class="filters">
            <summary>{t!(i18n, journal_filters)}</summary>
            <div class="filter-grid">
                <label for="journal-tag">{t!(i18n, journal_filter_tag)}</label>
                <select id="journal-tag" on:change=move |event| { let tag = optional(event_target_value(&event)); set_query(&|query| query.tag = tag.clone()) }>
                    <option value="" selected=move || query.with(|query| query.tag.is_none())>{t!(i18n, journal_all_tags)}</option>
                    {move || tags.get().into_iter().map(|tag| {
                        let selected = { let tag = tag.clone(); move || query.with(|query| query.tag.as_deref() == Some(tag.as_str())) };
                        view! { <option value=tag.clone() selected=selected>{tag.clone()}</option> }
                    }).collect_view()}
                </select>
                <label for="journal-mood">{t!(i18n, journal_filter_mood)}</label>
                <select id="journal-mood" on:change=move |event| { let mood = event_target_value(&event).parse().ok().and_then(Mood::new); set_query(&|query| query.mood = mood) }>
                    <option value="" selected=move || query.with(|query| query.mood.is_none())>{t!(i18n, journal_any_mood)}</option>
                    {Mood::ALL.into_iter().map(|mood| view! {
                        <option value=mood.step().to_string() selected=move || query.with(|query| query.mood == Some(mood))>{move || mood_word(i18n, mood)}</option>
                    }).collect_view()}
                </select>
                <label for="journal-from">{t!(i18n, journal_filter_from)}</label>
                <input id="journal-from" type="date" prop:value=move || query.with(|query| query.from_day.clone().unwrap_or_default())
                    on:change=move |event| { let day = optional(event_target_value(&event)); set_query(&|query| query.from_day = day.clone()) } />
                <label for="journal-to">{t!(i18n, journal_filter_to)}</label>
                <input id="journal-to" type="date" prop:value=move || query.with(|query| query.to_day.clone().unwrap_or_default())
                    on:change=move |event| { let day = optional(event_target_value(&event)); set_query(&|query| query.to_day = day.clone()) } />
            </div>
            <button type="button" class="secondary" on:click=move |_| set_query(&|query| *query = JournalQuery::default())>
                {t!(i18n, journal_clear_filters)}
            </button>
        </details>
    }
}

/// "Continue what you were writing", for each draft that holds words her
/// entries do not, so a draft left behind is never only reachable by
/// starting a new entry again.
#[component]
fn ContinueDrafts() -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let drafts = Memo::new(move |_| journal.entries.with(|entries| journal.unfinished_drafts(entries)));
    move || {
        drafts
            .get()
            .into_iter()
            .map(|draft| {
                let route = draft.entry_id.clone().map_or(Route::JournalNew, Route::JournalEdit);
                let words = if draft.title.trim().is_empty() { &draft.body } else { &draft.title };
                let words = excerpt(words, 60);
                view! {
                    <p class="continue-draft">
                        <a class="button" href=route.to_hash()>{t!(i18n, journal_continue_draft)}</a>
                        " "<span class="hint">{words}</span>
                    </p>
                }
            })
            .collect_view()
    }
}

/// After a delete: the entry can be brought back with one tap.
#[component]
fn UndoDelete() -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let error = RwSignal::new(None);
    let undo = move |_| {
        let Some(deleted) = journal.just_deleted.get_untracked() else { return };
        match journal.restore(&deleted.id) {
            Ok(()) => journal.just_deleted.set(None),
            Err(failure) => error.set(Some(failure)),
        }
    };
    view! {
        <Show when=move || journal.just_deleted.with(Option::is_some)>
            <div class="toast" role="status">
                <span>{t!(i18n, journal_deleted_toast)}</span>
                <button type="button" on:click=undo>{t!(i18n, journal_undo)}</button>
                <button type="button" class="secondary" on:click=move |_| journal.just_deleted.set(None)>{t!(i18n, journal_dismiss)}</button>
            </div>
        </Show>
        {move || error.get().map(|error| view! { <StorageErrorNotice error /> })}
    }
}

/// One entry in full, for the print view.
#[component]
pub fn PrintedEntry(entry: JournalEntry) -> impl IntoView {
    let i18n = use_i18n();
    let heading = entry.heading().to_owned();
    view! {
        <article class="printed-entry">
            <h2>{heading}</h2>
            <p class="entry-date">{move || intl::date_time(i18n.get_locale().as_str(), entry.written_at)}</p>
            <p class="entry-body">{entry.body.clone()}</p>
        </article>
    }
}
