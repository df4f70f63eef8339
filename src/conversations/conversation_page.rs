//! One conversation: its details, then the checklist by section (tick as it
//! goes, with why and what to say a tap away), notes per section,
//! follow-ups, "refer to the social team", links to journal entries, and
//! Finish. Every change is saved at once, naming the revision it read, so
//! a record left mid-way is there to resume and two tabs never overwrite
//! each other (`conversation_editing`).
use leptos::prelude::*;
use leptos_i18n::Locale as _;

use super::checklist::Section;
use super::checklist_section::ChecklistSection;
use super::checklist_state::use_checklist;
use super::conversation::Conversation;
use super::conversation_details::ConversationDetails;
use super::conversation_editing::Editing;
use super::conversation_links::{FollowUps, JournalLinks, ReferToSocialTeam};
use super::conversation_records::use_conversation_records;
use super::conversation_words::problem_word;
use super::quick_cards::QuickCards;
use crate::i18n::*;
use crate::platform::{clock, intl, location};
use crate::router::Route;
use crate::ui::card::EmptyState;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::save_status::{SaveStatus, SaveStatusNotice};
use crate::ui::storage_error_text::StorageErrorNotice;

#[component]
pub fn ConversationPage(id: Option<String>) -> impl IntoView {
    let conversations = use_conversation_records();
    let i18n = use_i18n();
    let starting = id.is_none();
    let loaded = match &id {
        None => Ok(Some((Conversation::new(&uuid::Uuid::new_v4().to_string(), clock::local_day_today()), None))),
        Some(id) => conversations.load(id).map(|found| found.map(|(c, revision)| (c, Some(revision)))),
    };
    let title = Signal::derive(move || {
        if starting { guide_t_string!(i18n, conversation_start) } else { guide_t_string!(i18n, conversation_title) }
            .to_owned()
    });
    let body = match loaded {
        Err(error) => view! { <StorageErrorNotice error /> }.into_any(),
        Ok(None) => view! { <EmptyState>{t!(i18n, conversation_not_found)}</EmptyState> }.into_any(),
        Ok(Some((conversation, revision))) => {
            let editing = Editing::new(conversation, revision, starting);
            if starting {
                view! { <StartForm editing /> }.into_any()
            } else {
                view! { <ConversationEditor editing /> }.into_any()
            }
        }
    };
    view! {
        <PageTitle text=title />
        <p><a href=Route::Conversations.to_hash()>{t!(i18n, conversations_back)}</a></p>
        {body}
    }
}

/// "Saved", or why the change was not.
#[component]
fn ConversationStatus(editing: Editing) -> impl IntoView {
    view! {
        <SaveStatusNotice status=editing.status saved=|i18n| t_string!(i18n, conversation_saved)
            refused=|i18n, problem| problem_word(i18n, *problem) />
    }
}

/// A new conversation: its details, saved by "Begin".
#[component]
fn StartForm(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        editing.persist();
    };
    view! {
        <form class="stack entry-form" on:submit=start novalidate>
            <ConversationDetails editing />
            <p class="actions"><button type="submit">{t!(i18n, conversation_begin)}</button></p>
            <ConversationStatus editing />
        </form>
    }
}

#[component]
fn ConversationEditor(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_checklist();
    let summary =
        move || editing.read(|c| format!("{} — {}", c.alias, intl::medium_date(i18n.get_locale().as_str(), c.day)));
    let finish = move || {
        if editing.read(|c| c.finished) {
            view! { <button type="button" class="secondary" on:click=move |_| editing.change(|c| c.finished = false)>{t!(i18n, conversation_reopen)}</button> }.into_any()
        } else {
            view! { <button type="button" on:click=move |_| {
                editing.change(|c| c.finished = true);
                if matches!(editing.status.get_untracked(), SaveStatus::Saved) { location::go(&Route::Conversations); }
            }>{t!(i18n, conversation_finish)}</button> }
            .into_any()
        }
    };
    view! {
        <QuickCards />
        <div class="status" aria-live="polite"><ConversationStatus editing /></div>
        <details class="conversation-details" open=move || editing.read(|c| c.alias.is_empty())>
            <summary>{summary}</summary>
            <div class="entry-form"><ConversationDetails editing /></div>
        </details>
        {move || match checklist.given.get() {
            None => Some(view! { <Notice>{t!(i18n, checklist_loading)}</Notice> }.into_any()),
            Some(Err(())) => Some(view! { <Notice warning=true>{t!(i18n, checklist_unavailable)}</Notice> }.into_any()),
            Some(Ok(_)) => None,
        }}
        {Section::ALL.into_iter().map(|section| view! { <ChecklistSection section editing /> }).collect_view()}
        <FollowUps editing />
        <ReferToSocialTeam editing />
        <JournalLinks editing />
        <p class="actions">{finish}</p>
    }
}
