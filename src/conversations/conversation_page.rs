//! One conversation: its details, then the checklist by section (tick as it
//! goes, with why and what to say a tap away), notes per section,
//! follow-ups, "refer to the social team", links to journal entries, and
//! Finish. Every change is saved at once, naming the revision it read, so
//! a record left mid-way is there to resume and two tabs never overwrite
//! each other.
use leptos::prelude::*;

use super::checklist::{Item, Section};
use super::checklist_state::use_checklist;
use super::conversation::{Conversation, ConversationProblem, FollowUp, MINUTES_LIMIT, Place, Topic};
use super::conversation_store as records;
use super::conversation_words::{place_word, principle_word, problem_word, section_word, topic_word};
use super::quick_cards::QuickCards;
use crate::i18n::*;
use crate::journal::journal_state::use_journal;
use crate::organisation::social_team::SocialTeam;
use crate::platform::{clock, intl, location};
use crate::resources::translated::pick;
use crate::router::Route;
use crate::storage::StorageError;
use crate::storage::local_storage::browser_store;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::Locale as _;

#[derive(Clone)]
enum Status {
    Idle,
    Saved,
    Refused(ConversationProblem),
    Failed(StorageError),
}

#[component]
pub fn ConversationPage(id: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let starting = id.is_none();
    let loaded = match &id {
        None => Ok(Some((Conversation::new(&uuid::Uuid::new_v4().to_string(), &clock::local_day_today()), None))),
        Some(id) => records::load(&browser_store(), id).map(|found| found.map(|(c, revision)| (c, Some(revision)))),
    };
    let title = Signal::derive(move || {
        if starting { t_string!(i18n, conversation_start) } else { t_string!(i18n, conversation_title) }.to_owned()
    });
    let body = match loaded {
        Err(error) => view! { <StorageErrorNotice error /> }.into_any(),
        Ok(None) => view! { <p class="empty">{t!(i18n, conversation_not_found)}</p> }.into_any(),
        Ok(Some((conversation, revision))) => {
            view! { <ConversationEditor conversation revision starting /> }.into_any()
        }
    };
    view! {
        <PageTitle text=title />
        <p><a href=Route::Conversations.to_hash()>{t!(i18n, conversations_back)}</a></p>
        {body}
    }
}

#[component]
fn ConversationEditor(conversation: Conversation, revision: Option<u64>, starting: bool) -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_checklist();
    let conversation = RwSignal::new(conversation);
    let revision = RwSignal::new(revision);
    let status = RwSignal::new(Status::Idle);

    let persist = move || {
        let current = conversation.get_untracked();
        if let Err(problem) = current.check() {
            return status.set(Status::Refused(problem));
        }
        match records::save(&browser_store(), &current, revision.get_untracked()) {
            Ok(saved) => {
                revision.set(Some(saved));
                status.set(Status::Saved);
                if starting {
                    location::go(&Route::Conversation(current.id));
                }
            }
            Err(error) => status.set(Status::Failed(error)),
        }
    };
    // A started record saves each change as it is made.
    let change = move |edit: &dyn Fn(&mut Conversation)| {
        conversation.update(|conversation| edit(conversation));
        if !starting {
            persist();
        }
    };

    let details = view! {
        <div class="field">
            <label for="conversation-day">{t!(i18n, conversation_day)}</label>
            <input id="conversation-day" type="date" prop:value=move || conversation.with(|c| c.day.clone())
                on:change=move |event| { let day = event_target_value(&event); change(&|c| c.day = day.clone()) } />
        </div>
        <div class="field">
            <label for="conversation-minutes">{t!(i18n, conversation_minutes)}</label>
            <input id="conversation-minutes" type="number" min="0" max=MINUTES_LIMIT.to_string() step="5" inputmode="numeric"
                prop:value=move || conversation.with(|c| c.minutes.to_string())
                on:change=move |event| { let minutes = event_target_value(&event).parse().unwrap_or(0); change(&|c| c.minutes = minutes) } />
        </div>
        <fieldset class="field rating">
            <legend>{t!(i18n, conversation_place)}</legend>
            {[Place::InPerson, Place::Phone, Place::Video].into_iter().map(|place| view! {
                <label class="choice">
                    <input type="radio" name="conversation-place" prop:checked=move || conversation.with(|c| c.place == place)
                        on:change=move |_| change(&|c| c.place = place) />
                    {move || place_word(i18n, place)}
                </label>
            }).collect_view()}
        </fieldset>
        <div class="field">
            <label for="conversation-alias">{t!(i18n, conversation_alias)}</label>
            <p class="hint" id="conversation-alias-hint">{t!(i18n, conversation_alias_why)}</p>
            <input id="conversation-alias" type="text" autocomplete="off" aria-describedby="conversation-alias-hint"
                prop:value=move || conversation.with(|c| c.alias.clone())
                on:change=move |event| { let alias = event_target_value(&event); change(&|c| c.alias = alias.trim().to_owned()) } />
        </div>
        <fieldset class="field rating">
            <legend>{t!(i18n, conversation_topics)}</legend>
            {Topic::ALL.into_iter().map(|topic| view! {
                <label class="choice">
                    <input type="checkbox" prop:checked=move || conversation.with(|c| c.topics.contains(&topic))
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            change(&|c| { c.topics.retain(|known| *known != topic); if on { c.topics.push(topic); c.topics.sort(); } });
                        } />
                    {move || topic_word(i18n, topic)}
                </label>
            }).collect_view()}
        </fieldset>
    };

    let item_view = move |item: Item| {
        let language = i18n.get_locale_untracked().as_str();
        let text =
            |field: &crate::resources::translated::Translated| pick(field, language).unwrap_or_default().to_owned();
        let action = text(&item.action);
        let why = text(&item.why);
        let say = item.say.iter().map(|phrase| view! { <li>{text(phrase)}</li> }).collect_view();
        let avoid = item.avoid.iter().map(|phrase| view! { <li>{text(phrase)}</li> }).collect_view();
        let id = item.id.clone();
        let toggled = item.id.clone();
        let input_id = format!("item-{}", item.id);
        view! {
            <li class="checklist-item">
                <input id=input_id.clone() type="checkbox" prop:checked=move || conversation.with(|c| c.ticked.contains(&id))
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        change(&|c| { c.ticked.retain(|known| *known != toggled); if on { c.ticked.push(toggled.clone()); } });
                    } />
                <label for=input_id>{action}</label>
                <span class="badge">{move || principle_word(i18n, item.principle)}</span>
                <details>
                    <summary>{t!(i18n, checklist_why_and_words)}</summary>
                    <p>{why}</p>
                    {(!item.say.is_empty()).then(|| view! { <h4>{t!(i18n, checklist_say)}</h4><ul>{say}</ul> })}
                    {(!item.avoid.is_empty()).then(|| view! { <h4>{t!(i18n, checklist_avoid)}</h4><ul>{avoid}</ul> })}
                </details>
            </li>
        }
    };

    let section_view = move |section: Section| {
        let note_id = format!("note-{}", section.id());
        let heading_id = format!("section-{}", section.id());
        let labelled_by = heading_id.clone();
        let items = move || {
            checklist.items(false).into_iter().filter(|item| item.section == section).map(item_view).collect_view()
        };
        view! {
            <section class="checklist-section" aria-labelledby=labelled_by>
                <h2 id=heading_id>{move || section_word(i18n, section)}</h2>
                <ul class="plain-list">{items}</ul>
                <label for=note_id.clone()>{t!(i18n, conversation_notes)}</label>
                <textarea id=note_id rows="3" prop:value=move || conversation.with(|c| c.notes.get(&section).cloned().unwrap_or_default())
                    on:change=move |event| { let text = event_target_value(&event); change(&|c| { c.notes.insert(section, text.clone()); }) }></textarea>
            </section>
        }
    };

    let new_follow_up = RwSignal::new(String::new());
    let follow_ups = move || {
        conversation.with(|c| c.follow_ups.clone()).into_iter().enumerate().map(|(index, follow_up)| {
            let input_id = format!("follow-up-{index}");
            view! {
                <li>
                    <input id=input_id.clone() type="checkbox" prop:checked=follow_up.done
                        on:change=move |event| { let done = event_target_checked(&event); change(&|c| if let Some(item) = c.follow_ups.get_mut(index) { item.done = done; }) } />
                    <label for=input_id>{follow_up.text}</label>
                </li>
            }
        }).collect_view()
    };
    let add_follow_up = move |_| {
        let text = new_follow_up.get_untracked().trim().to_owned();
        if !text.is_empty() {
            change(&|c| c.follow_ups.push(FollowUp { text: text.clone(), done: false }));
            new_follow_up.set(String::new());
        }
    };

    let journal = use_journal();
    let chosen_entry = RwSignal::new(String::new());
    let linked = move || {
        let language = i18n.get_locale().as_str();
        conversation
            .with(|c| c.journal_entries.clone())
            .into_iter()
            .map(|id| {
                let label = journal
                    .find(&id)
                    .map(|found| {
                        if found.entry.title.is_empty() {
                            intl::date_time(language, &found.entry.written_at)
                        } else {
                            found.entry.title.clone()
                        }
                    })
                    .unwrap_or_else(|| t_string!(i18n, conversation_entry_gone).to_owned());
                view! { <li><a href=Route::JournalEntry(id.clone()).to_hash()>{label}</a></li> }
            })
            .collect_view()
    };
    let entry_options = move || {
        let language = i18n.get_locale().as_str();
        journal.entries.with(|entries| {
            entries
                .iter()
                .take(50)
                .map(|indexed| {
                    let entry = &indexed.entry;
                    let label = format!("{} {}", intl::date_time(language, &entry.written_at), entry.title);
                    view! { <option value=entry.id.clone()>{label}</option> }
                })
                .collect_view()
        })
    };
    let link_entry = move |_| {
        let id = chosen_entry.get_untracked();
        if !id.is_empty() {
            change(&|c| {
                if !c.journal_entries.contains(&id) {
                    c.journal_entries.push(id.clone());
                }
            });
        }
    };

    let message = move || match status.get() {
        Status::Idle => None,
        Status::Saved => Some(view! { <p class="notice" role="status">{t!(i18n, conversation_saved)}</p> }.into_any()),
        Status::Refused(problem) => Some(
            view! { <p class="notice notice-warning" role="alert">{move || problem_word(i18n, problem)}</p> }
                .into_any(),
        ),
        Status::Failed(error) => Some(view! { <StorageErrorNotice error /> }.into_any()),
    };

    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        persist();
    };
    if starting {
        return view! {
            <form class="stack entry-form" on:submit=start novalidate>
                {details}
                <p class="actions"><button type="submit">{t!(i18n, conversation_begin)}</button></p>
                {message}
            </form>
        }
        .into_any();
    }

    view! {
        <QuickCards />
        <div class="status" aria-live="polite">{message}</div>
        <details class="conversation-details" open=move || conversation.with(|c| c.alias.is_empty())>
            <summary>{move || conversation.with(|c| format!("{} — {}", c.alias, intl::medium_date(i18n.get_locale().as_str(), &c.day)))}</summary>
            <div class="entry-form">{details}</div>
        </details>
        {move || match checklist.given.get() {
            None => Some(view! { <p class="notice" role="status">{t!(i18n, checklist_loading)}</p> }.into_any()),
            Some(Err(())) => Some(view! { <p class="notice notice-warning" role="alert">{t!(i18n, checklist_unavailable)}</p> }.into_any()),
            Some(Ok(_)) => None,
        }}
        {Section::ALL.into_iter().map(section_view).collect_view()}
        <section aria-labelledby="follow-ups-here-heading">
            <h2 id="follow-ups-here-heading">{t!(i18n, conversations_follow_ups)}</h2>
            <ul class="plain-list">{follow_ups}</ul>
            <label for="new-follow-up">{t!(i18n, conversation_new_follow_up)}</label>
            <input id="new-follow-up" type="text" prop:value=move || new_follow_up.get() on:input=move |event| new_follow_up.set(event_target_value(&event)) />
            <button type="button" class="secondary" on:click=add_follow_up>{t!(i18n, conversation_add_follow_up)}</button>
        </section>
        <section aria-labelledby="social-team-heading">
            <h2 id="social-team-heading">{t!(i18n, about_social_team)}</h2>
            <p class="check">
                <input id="refer-social-team" type="checkbox" prop:checked=move || conversation.with(|c| c.refer_to_social_team)
                    on:change=move |event| { let on = event_target_checked(&event); change(&|c| c.refer_to_social_team = on) } />
                <label for="refer-social-team">{t!(i18n, conversation_refer)}</label>
            </p>
            <Show when=move || conversation.with(|c| c.refer_to_social_team)>
                <SocialTeam />
            </Show>
        </section>
        <section aria-labelledby="journal-links-heading">
            <h2 id="journal-links-heading">{t!(i18n, conversation_journal)}</h2>
            <ul class="plain-list">{linked}</ul>
            <label for="conversation-entry-choice">{t!(i18n, conversation_pick_entry)}</label>
            <select id="conversation-entry-choice" on:change=move |event| chosen_entry.set(event_target_value(&event))>
                <option value="">"—"</option>
                {entry_options}
            </select>
            <button type="button" class="secondary" on:click=link_entry>{t!(i18n, conversation_link_entry)}</button>
        </section>
        <p class="actions">
            {move || if conversation.with(|c| c.finished) {
                view! { <button type="button" class="secondary" on:click=move |_| change(&|c| c.finished = false)>{t!(i18n, conversation_reopen)}</button> }.into_any()
            } else {
                view! { <button type="button" on:click=move |_| {
                    change(&|c| c.finished = true);
                    if matches!(status.get_untracked(), Status::Saved) { location::go(&Route::Conversations); }
                }>{t!(i18n, conversation_finish)}</button> }.into_any()
            }}
        </p>
    }
    .into_any()
}
