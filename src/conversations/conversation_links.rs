//! What comes after a conversation: follow-ups to tick off, "refer to the
//! social team", and links to her journal entries about it.
use leptos::prelude::*;
use leptos_i18n::Locale as _;

use super::conversation_editing::Editing;
use crate::i18n::*;
use crate::journal::journal_state::use_journal;
use crate::organisation::social_team::SocialTeam;
use crate::platform::intl;
use crate::router::Route;

#[component]
pub fn FollowUps(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let listed = move || {
        editing.read(|c| c.follow_ups.clone()).into_iter().enumerate().map(|(index, follow_up)| {
            let input_id = format!("follow-up-{index}");
            view! {
                <li>
                    <input id=input_id.clone() type="checkbox" prop:checked=follow_up.done
                        on:change=move |event| { let done = event_target_checked(&event); editing.change(|c| c.set_follow_up_done(index, done)) } />
                    <label for=input_id>{follow_up.text}</label>
                </li>
            }
        }).collect_view()
    };
    let add = move |_| {
        if editing.change_if(|c| c.add_follow_up(&typed.get_untracked())) {
            typed.set(String::new());
        }
    };
    view! {
        <section aria-labelledby="follow-ups-here-heading">
            <h2 id="follow-ups-here-heading">{t!(i18n, conversations_follow_ups)}</h2>
            <ul class="plain-list">{listed}</ul>
            <label for="new-follow-up">{t!(i18n, conversation_new_follow_up)}</label>
            <input id="new-follow-up" type="text" prop:value=move || typed.get() on:input=move |event| typed.set(event_target_value(&event)) />
            <button type="button" class="secondary" on:click=add>{t!(i18n, conversation_add_follow_up)}</button>
        </section>
    }
}

#[component]
pub fn ReferToSocialTeam(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="social-team-heading">
            <h2 id="social-team-heading">{t!(i18n, about_social_team)}</h2>
            <p class="check">
                <input id="refer-social-team" type="checkbox" prop:checked=move || editing.read(|c| c.refer_to_social_team)
                    on:change=move |event| { let on = event_target_checked(&event); editing.change(|c| c.refer_to_social_team = on) } />
                <label for="refer-social-team">{t!(i18n, conversation_refer)}</label>
            </p>
            <Show when=move || editing.read(|c| c.refer_to_social_team)>
                <SocialTeam />
            </Show>
        </section>
    }
}

#[component]
pub fn JournalLinks(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let chosen = RwSignal::new(String::new());
    let linked = move || {
        let language = i18n.get_locale().as_str();
        editing
            .read(|c| c.journal_entries.clone())
            .into_iter()
            .map(|id| {
                let label = journal
                    .find(&id)
                    .map(|found| {
                        if found.entry.title.is_empty() {
                            intl::date_time(language, found.entry.written_at)
                        } else {
                            found.entry.title.clone()
                        }
                    })
                    .unwrap_or_else(|| t_string!(i18n, conversation_entry_gone).to_owned());
                view! { <li><a href=Route::JournalEntry(id.clone()).to_hash()>{label}</a></li> }
            })
            .collect_view()
    };
    let options = move || {
        let language = i18n.get_locale().as_str();
        journal.entries.with(|entries| {
            entries
                .iter()
                .take(50)
                .map(|indexed| {
                    let entry = &indexed.entry;
                    let label = format!("{} {}", intl::date_time(language, entry.written_at), entry.title);
                    view! { <option value=entry.id.clone()>{label}</option> }
                })
                .collect_view()
        })
    };
    let link = move |_| {
        let id = chosen.get_untracked();
        if !id.is_empty() {
            editing.change(|c| c.link_entry(&id));
        }
    };
    view! {
        <section aria-labelledby="journal-links-heading">
            <h2 id="journal-links-heading">{t!(i18n, conversation_journal)}</h2>
            <ul class="plain-list">{linked}</ul>
            <label for="conversation-entry-choice">{t!(i18n, conversation_pick_entry)}</label>
            <select id="conversation-entry-choice" on:change=move |event| chosen.set(event_target_value(&event))>
                <option value="">"—"</option>
                {options}
            </select>
            <button type="button" class="secondary" on:click=link>{t!(i18n, conversation_link_entry)}</button>
        </section>
    }
}
