//! Writing and editing an entry. Every change is kept as a draft within a
//! second, and at once when the page is hidden or left, so a reload, a closed
//! tab or a crash never loses a word. A failed save keeps the text on screen
//! and in the draft, and says what to do.
use leptos::html;
use leptos::prelude::*;

use super::draft::{Draft, DraftProblem, Opening, open_editor};
use super::journal_query::{IndexedEntry, known_tags};
use super::journal_state::use_journal;
use super::mood::Mood;
use super::mood_words::mood_word;
use crate::i18n::*;
use crate::platform::{clock, location};
use crate::router::Route;
use crate::storage::StorageError;

use crate::ui::chip::Chip;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::storage_error_text;

/// How long typing may pause before the draft is written.
const DRAFT_DELAY_MS: u64 = 700;

#[derive(Clone, Debug, PartialEq)]
enum Status {
    Quiet,
    Restored,
    DraftSaved,
    DraftFailed(StorageError),
    Problem(DraftProblem),
    SaveFailed(StorageError),
}

#[component]
pub fn JournalEditorPage(entry_id: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let saved: Option<IndexedEntry> = entry_id.as_deref().and_then(|id| journal.find(id));
    if entry_id.is_some() && saved.as_ref().is_none_or(|indexed| indexed.entry.deleted_ms.is_some()) {
        return view! {
            <PageTitle text=Signal::derive(move || t_string!(i18n, journal_entry_missing_title).to_owned()) />
            <p>{t!(i18n, journal_entry_missing)}</p>
            <p><a href=Route::Journal.to_hash()>{t!(i18n, journal_back)}</a></p>
        }
        .into_any();
    }

    let draft_id = entry_id.clone().unwrap_or_else(|| "new".to_owned());
    let held = journal.take_held_draft(&draft_id);
    let was_held = held.is_some();
    let opening = open_editor(
        held.or_else(|| journal.load_draft(&draft_id)),
        saved.as_ref().map(|indexed| &indexed.entry),
        clock::local_date_time_now(),
    );
    let (draft, status) = match opening {
        Opening::Fresh(draft) => (RwSignal::new(draft), RwSignal::new(Status::Quiet)),
        Opening::Restored(draft) => (RwSignal::new(draft), RwSignal::new(Status::Restored)),
    };
    let saved = StoredValue::new(saved);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let conflict = RwSignal::new(false);

    // The draft timer waiting to fire, if any, is dropped.
    let cancel_pending = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let write_draft_now = move || {
        cancel_pending();
        // A pause's timer can still fire once the editor is gone (which wrote
        // her words as it closed): with nothing left to read, it does nothing
        // instead of stopping the app.
        let Some(current) = draft.try_get_untracked() else { return };
        let unsaved =
            saved.try_with_value(|saved| current.has_unsaved_words(saved.as_ref().map(|indexed| &indexed.entry)));
        if unsaved != Some(true) {
            return;
        }
        match journal.save_draft(&current) {
            Ok(()) => status.set(Status::DraftSaved),
            // The key went before her words could be sealed with it (another
            // tab changed the passphrase): they wait in memory for the unlock.
            Err(StorageError::Locked) => {
                journal.hold_draft(current);
                status.set(Status::DraftFailed(StorageError::Locked));
            }
            Err(error) => status.set(Status::DraftFailed(error)),
        }
    };
    // Words held through a lock are written as soon as the editor is back.
    if was_held {
        write_draft_now();
    }
    let edit = move |change: &dyn Fn(&mut Draft)| {
        draft.update(|draft| change(draft));
        cancel_pending();
        pending
            .set_value(set_timeout_with_handle(write_draft_now, std::time::Duration::from_millis(DRAFT_DELAY_MS)).ok());
    };

    // Leaving the page, hiding the tab or going to another screen writes the
    // draft at once instead of waiting for the pause.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| write_draft_now());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| write_draft_now());
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        write_draft_now();
    });

    let store_entry = move |as_new: bool| {
        let current = draft.get_untracked();
        let base = if as_new { None } else { saved.get_value() };
        let new_id = uuid::Uuid::new_v4().to_string();
        let entry = match current.to_entry(base.as_ref().map(|indexed| &indexed.entry), &new_id, clock::now_ms()) {
            Ok(entry) => entry,
            Err(problem) => return status.set(Status::Problem(problem)),
        };
        match journal.save(&entry, base.as_ref().map(|indexed| indexed.revision)) {
            Ok(revision) => {
                cancel_pending();
                // Saved: the draft has done its work. If removing it fails, it
                // matches the entry and is ignored next time.
                let _ = journal.discard_draft(current.id());
                saved.set_value(Some(IndexedEntry::new(entry.clone(), revision)));
                // The editor now holds the saved entry, so leaving it (which
                // writes any unsaved words) leaves no draft behind.
                draft.set(Draft::from_entry(&entry));
                location::go(&Route::JournalEntry(entry.id));
            }
            Err(error) => {
                conflict.set(matches!(error, StorageError::Conflict { .. }));
                write_draft_now();
                status.set(Status::SaveFailed(error));
            }
        }
    };

    let discard = move |_| {
        let confirmed = web_sys::window()
            .and_then(|window| window.confirm_with_message(t_string!(i18n, journal_discard_confirm)).ok())
            .unwrap_or(false);
        if confirmed {
            cancel_pending();
            let _ = journal.discard_draft(&draft_id);
            let reset = saved.with_value(|saved| saved.as_ref().map(|indexed| Draft::from_entry(&indexed.entry)));
            draft.set(reset.clone().unwrap_or_else(|| Draft::blank(clock::local_date_time_now())));
            location::go(&reset.and_then(|draft| draft.entry_id).map_or(Route::Journal, Route::JournalEntry));
        }
    };

    let body_ref = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(body) = body_ref.get() {
            let _ = body.focus();
        }
    });

    let is_new = entry_id.is_none();
    let title = Signal::derive(move || {
        if is_new { guide_t_string!(i18n, journal_new_title) } else { guide_t_string!(i18n, journal_edit_title) }
            .to_owned()
    });

    view! {
        <PageTitle text=title />
        <form class="entry-form" on:submit=move |event| { event.prevent_default(); store_entry(false) }>
            <StatusLine status conflict on_save_as_new=move || store_entry(true) />
            <div class="field">
                <label for="entry-body">{t!(i18n, journal_body_label)}</label>
                <textarea id="entry-body" node_ref=body_ref rows="12"
                    prop:value=move || draft.with(|draft| draft.body.clone())
                    on:input=move |event| { let text = event_target_value(&event); edit(&|draft| draft.body = text.clone()) }></textarea>
            </div>
            <div class="field">
                <label for="entry-title">{t!(i18n, journal_title_label)}</label>
                <input id="entry-title" type="text" autocomplete="off"
                    prop:value=move || draft.with(|draft| draft.title.clone())
                    on:input=move |event| { let text = event_target_value(&event); edit(&|draft| draft.title = text.clone()) } />
            </div>
            <div class="field">
                <label for="entry-when">{t!(i18n, journal_when)}</label>
                <input id="entry-when" type="datetime-local"
                    prop:value=move || draft.with(|draft| draft.written_at.clone())
                    on:input=move |event| { let when = event_target_value(&event); edit(&|draft| draft.written_at = when.clone()) } />
            </div>
            <MoodPicker draft edit />
            <TagsField draft edit />
            <p class="actions">
                <button type="submit">{t!(i18n, journal_save)}</button>
                <button type="button" class="secondary" on:click=discard>{t!(i18n, journal_discard)}</button>
            </p>
        </form>
    }
    .into_any()
}

/// How she felt, as chips: none, or one of the mood steps.
#[component]
fn MoodPicker(
    draft: RwSignal<Draft>,
    edit: impl Fn(&dyn Fn(&mut Draft)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field mood-picker">
            <legend>{t!(i18n, journal_mood_legend)}</legend>
            <Chip group="entry-mood" value="" checked=Signal::derive(move || draft.with(|draft| draft.mood.is_none()))
                on_change=move |_| edit(&|draft| draft.mood = None)>
                {t!(i18n, journal_mood_none)}
            </Chip>
            {Mood::ALL.into_iter().map(|mood| view! {
                <Chip group="entry-mood" value=mood.step().to_string() checked=Signal::derive(move || draft.with(|draft| draft.mood == Some(mood)))
                    on_change=move |_| edit(&|draft| draft.mood = Some(mood))>
                    {move || mood_word(i18n, mood)}
                </Chip>
            }).collect_view()}
        </fieldset>
    }
}

/// Tags as she types them, with the ones she used before a tap away.
#[component]
fn TagsField(
    draft: RwSignal<Draft>,
    edit: impl Fn(&dyn Fn(&mut Draft)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let tags = Memo::new(move |_| journal.entries.with(|entries| known_tags(entries)));
    view! {
        <div class="field">
            <label for="entry-tags">{t!(i18n, journal_tags_label)}</label>
            <input id="entry-tags" type="text" autocomplete="off"
                prop:value=move || draft.with(|draft| draft.tags_text.clone())
                on:input=move |event| { let text = event_target_value(&event); edit(&|draft| draft.tags_text = text.clone()) } />
            <Show when=move || tags.with(|tags| !tags.is_empty())>
                <p class="hint">{t!(i18n, journal_tag_suggestions)}</p>
                <ul class="tag-suggestions">
                    {move || tags.get().into_iter().take(12).map(|tag| {
                        let label = format!("+ {tag}");
                        view! { <li><button type="button" class="secondary tag" on:click=move |_| edit(&|draft| draft.add_tag(&tag))>{label}</button></li> }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}

#[component]
fn StatusLine(
    status: RwSignal<Status>,
    conflict: RwSignal<bool>,
    on_save_as_new: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    move || match status.get() {
        Status::Quiet => view! { <p class="status" role="status"></p> }.into_any(),
        Status::Restored => {
            view! { <p class="status notice" role="status">{t!(i18n, journal_draft_restored)}</p> }.into_any()
        }
        Status::DraftSaved => {
            view! { <p class="status hint" role="status">{t!(i18n, journal_draft_saved)}</p> }.into_any()
        }
        Status::Problem(DraftProblem::NothingWritten) => {
            view! { <p class="status notice notice-warning" role="alert">{t!(i18n, journal_problem_empty)}</p> }
                .into_any()
        }
        Status::Problem(DraftProblem::InvalidDate) => {
            view! { <p class="status notice notice-warning" role="alert">{t!(i18n, journal_problem_date)}</p> }
                .into_any()
        }
        Status::DraftFailed(error) | Status::SaveFailed(error) => view! {
            <div class="status notice notice-warning" role="alert">
                <p>{storage_error_text(i18n, &error)}</p>
                <Show when=move || conflict.get()>
                    <button type="button" on:click=move |_| on_save_as_new()>{t!(i18n, journal_save_as_new)}</button>
                </Show>
            </div>
        }
        .into_any(),
    }
}
