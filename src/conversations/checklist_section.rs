//! One section of the checklist inside a conversation: its items to tick,
//! each with why it matters and words to say or avoid a tap away, and the
//! section's note.
use leptos::prelude::*;
use leptos_i18n::Locale as _;

use super::checklist::{Item, Section};
use super::checklist_state::use_checklist;
use super::conversation_editing::Editing;
use super::conversation_words::{principle_word, section_word};
use crate::i18n::*;
use crate::resources::translated::{Translated, pick};

#[component]
pub fn ChecklistSection(section: Section, editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_checklist();
    let note_id = format!("note-{}", section.id());
    let heading_id = format!("section-{}", section.id());
    let labelled_by = heading_id.clone();
    let items = move || {
        checklist
            .items(false)
            .into_iter()
            .filter(|item| item.section == section)
            .map(|item| view! { <ChecklistItem item editing /> })
            .collect_view()
    };
    view! {
        <section class="checklist-section" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || section_word(i18n, section)}</h2>
            <ul class="plain-list">{items}</ul>
            <label for=note_id.clone()>{t!(i18n, conversation_notes)}</label>
            <textarea id=note_id rows="3" prop:value=move || editing.read(|c| c.notes.get(&section).cloned().unwrap_or_default())
                on:change=move |event| { let text = event_target_value(&event); editing.change(|c| { c.notes.insert(section, text); }) }></textarea>
        </section>
    }
}

#[component]
fn ChecklistItem(item: Item, editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let language = i18n.get_locale_untracked().as_str();
    let text = |field: &Translated| pick(field, language).unwrap_or_default().to_owned();
    let (action, why) = (text(&item.action), text(&item.why));
    let say = item.say.iter().map(|phrase| view! { <li>{text(phrase)}</li> }).collect_view();
    let avoid = item.avoid.iter().map(|phrase| view! { <li>{text(phrase)}</li> }).collect_view();
    let (id, toggled) = (item.id.clone(), item.id.clone());
    let input_id = format!("item-{}", item.id);
    view! {
        <li class="checklist-item">
            <input id=input_id.clone() type="checkbox" prop:checked=move || editing.read(|c| c.ticked.contains(&id))
                on:change=move |event| { let on = event_target_checked(&event); editing.change(|c| c.set_ticked(&toggled, on)) } />
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
}
