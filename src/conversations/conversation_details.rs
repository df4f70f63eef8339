//! The details of a conversation: day, length, place, her alias (with why a
//! nickname) and the topics touched.
use leptos::prelude::*;

use super::conversation::{ConversationProblem, MINUTES_LIMIT, Place, Topic};
use super::conversation_editing::Editing;
use super::conversation_words::{place_word, topic_word};
use crate::day::Day;
use crate::i18n::*;
use crate::ui::chip::Chip;
use crate::ui::save_status::SaveStatus;

#[component]
pub fn ConversationDetails(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="conversation-day">{t!(i18n, conversation_day)}</label>
            <input id="conversation-day" type="date" prop:value=move || editing.read(|c| c.day.to_string())
                on:change=move |event| match Day::parse(&event_target_value(&event)) {
                    Some(day) => editing.change(|c| c.day = day),
                    None => editing.status.set(SaveStatus::Refused(ConversationProblem::BadDay)),
                }
                // The record keeps its day, so once she leaves the field it
                // shows that day again: a blank field over a kept day would
                // say the day was gone. Not on change, which a cleared part
                // fires while she is still typing the day.
                on:blur=move |event| {
                    if Day::parse(&event_target_value(&event)).is_none() {
                        event_target::<web_sys::HtmlInputElement>(&event).set_value(&editing.read(|c| c.day.to_string()));
                    }
                } />
        </div>
        <div class="field">
            <label for="conversation-minutes">{t!(i18n, conversation_minutes)}</label>
            <input id="conversation-minutes" type="number" min="0" max=MINUTES_LIMIT.to_string() step="5" inputmode="numeric"
                prop:value=move || editing.read(|c| c.minutes.to_string())
                on:change=move |event| { let minutes = event_target_value(&event).parse().unwrap_or(0); editing.change(|c| c.minutes = minutes) } />
        </div>
        <fieldset class="field rating">
            <legend>{t!(i18n, conversation_place)}</legend>
            {[Place::InPerson, Place::Phone, Place::Video].into_iter().map(|place| view! {
                <Chip group="conversation-place" checked=Signal::derive(move || editing.read(|c| c.place == place))
                    on_change=move |_| editing.change(|c| c.place = place)>
                    {move || place_word(i18n, place)}
                </Chip>
            }).collect_view()}
        </fieldset>
        <div class="field">
            <label for="conversation-alias">{t!(i18n, conversation_alias)}</label>
            <p class="hint" id="conversation-alias-hint">{t!(i18n, conversation_alias_why)}</p>
            <input id="conversation-alias" type="text" autocomplete="off" aria-describedby="conversation-alias-hint"
                prop:value=move || editing.read(|c| c.alias.clone())
                on:change=move |event| { let alias = event_target_value(&event); editing.change(|c| c.alias = alias.trim().to_owned()) } />
        </div>
        <fieldset class="field rating">
            <legend>{t!(i18n, conversation_topics)}</legend>
            {Topic::ALL.into_iter().map(|topic| view! {
                <Chip checked=Signal::derive(move || editing.read(|c| c.topics.contains(&topic)))
                    on_change=move |on| editing.change(|c| c.set_topic(topic, on))>
                    {move || topic_word(i18n, topic)}
                </Chip>
            }).collect_view()}
        </fieldset>
    }
}
