//! Her own checklist: hide, reword or add items (the originals can always
//! be restored), import an organisation's checklist file (checked whole,
//! all or nothing, each problem named) and export her own.
use leptos::prelude::*;

use super::checklist::{self, Item, ItemProblem, MAX_BYTES, Principle, Section, TemplateProblem};
use super::checklist_state::use_checklist;
use super::conversation_words::{principle_word, section_word};
use crate::i18n::*;
use crate::platform::chosen_file::{ChosenFile, read_chosen_file};
use crate::platform::clock;
use crate::platform::download::save_text_file;
use crate::resources::translated::pick;
use crate::router::Route;
use crate::storage::StorageError;
use crate::ui::card::Card;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::Locale as _;

#[derive(Clone)]
enum Outcome {
    Idle,
    Done(&'static str),
    Refused(Vec<TemplateProblem>),
    Failed(StorageError),
    DownloadFailed,
}

#[component]
pub fn ChecklistSettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_checklist();
    let outcome = RwSignal::new(Outcome::Idle);
    let report: Report = Callback::new(move |(result, done)| {
        outcome.set(match result {
            Ok(()) => Outcome::Done(done),
            Err(error) => Outcome::Failed(error),
        });
    });

    let import = move |event: leptos::ev::Event| {
        read_chosen_file(&event, MAX_BYTES, move |file| {
            let read = match file {
                ChosenFile::TooLarge => Err(vec![TemplateProblem::TooLarge]),
                ChosenFile::Unreadable => checklist::read(""),
                ChosenFile::Text { text, .. } => checklist::read(&text),
            };
            match read {
                Ok(template) => {
                    report.run((checklist.use_template(Some(template)), t_string!(i18n, checklist_imported_done)))
                }
                Err(problems) => outcome.set(Outcome::Refused(problems)),
            }
        });
    };
    let export = move |_| {
        let saved = checklist.given.with_untracked(|given| match given {
            Some(Ok(given)) => checklist.changes.with_untracked(|changes| {
                let text = serde_json::to_string_pretty(&checklist::export(given, changes)).ok()?;
                save_text_file(&format!("senda-checklist-{}.json", clock::local_day_today()), "application/json", &text)
                    .ok()
            }),
            _ => None,
        });
        outcome.set(if saved.is_some() {
            Outcome::Done(t_string!(i18n, own_exported))
        } else {
            Outcome::DownloadFailed
        });
    };

    let message = move || match outcome.get() {
        Outcome::Idle => None,
        Outcome::Done(text) => Some(view! { <Notice>{text}</Notice> }.into_any()),
        Outcome::Failed(error) => Some(view! { <StorageErrorNotice error /> }.into_any()),
        Outcome::DownloadFailed => {
            Some(view! { <Notice warning=true>{t!(i18n, backup_download_failed)}</Notice> }.into_any())
        }
        Outcome::Refused(problems) => {
            let rows = problems
                .into_iter()
                .take(20)
                .map(|problem| {
                    let text = match problem {
                        TemplateProblem::TooLarge => guide_t_string!(i18n, pack_too_large).to_owned(),
                        TemplateProblem::NotAChecklist(_) => t_string!(i18n, checklist_not_a_checklist).to_owned(),
                        TemplateProblem::Item(item, what) => format!("{item} — {}", item_problem_text(i18n, what)),
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view();
            Some(
                view! { <Notice warning=true block=true><p>{t!(i18n, checklist_refused)}</p><ul>{rows}</ul></Notice> }
                    .into_any(),
            )
        }
    };

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, my_checklist_title).to_owned()) />
        <p><a href=Route::Conversations.to_hash()>{t!(i18n, conversations_back)}</a></p>
        <p>{t!(i18n, my_checklist_intro)}</p>
        <div aria-live="polite">{message}</div>
        <ul class="plain-list">{move || checklist.items(true).into_iter().map(|item| view! { <ItemRow item report /> }).collect_view()}</ul>
        <AddItemForm report />
        <Card id="checklist-files-heading" heading=Signal::derive(move || t_string!(i18n, checklist_files).to_owned())>
            <p class="actions">
                <button type="button" class="secondary" on:click=move |_| report.run((checklist.change(|changes| *changes = Default::default()), t_string!(i18n, checklist_restored_done)))>{t!(i18n, checklist_restore_all)}</button>
                <button type="button" class="secondary" on:click=export>{t!(i18n, checklist_export)}</button>
            </p>
            <label for="checklist-file">{t!(i18n, checklist_import)}</label>
            <input id="checklist-file" type="file" accept=".json,application/json" on:change=import />
            <Show when=move || checklist.imported.get()>
                <p><button type="button" class="secondary" on:click=move |_| report.run((checklist.use_template(None), t_string!(i18n, checklist_restored_done)))>{t!(i18n, checklist_use_senda)}</button></p>
            </Show>
        </Card>
    }
}

/// Whether a step of her checklist was changed, and the words that say so.
type Report = Callback<(Result<(), StorageError>, &'static str)>;

/// One item of her checklist: her words for it, restoring Senda's, hiding it.
#[component]
fn ItemRow(item: Item, report: Report) -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_checklist();
    let language = i18n.get_locale_untracked().as_str();
    let id = item.id.clone();
    let hidden = {
        let id = id.clone();
        Signal::derive(move || checklist.changes.with(|changes| changes.hidden.contains(&id)))
    };
    let reworded = {
        let id = id.clone();
        move || checklist.changes.with(|changes| changes.reworded.contains_key(&id))
    };
    let words = RwSignal::new(pick(&item.action, language).unwrap_or_default().to_owned());
    let input_id = format!("reword-{}", item.id);
    let (toggle_id, save_id, restore_id) = (id.clone(), id.clone(), id.clone());
    let toggle = move |_| {
        let hide = !hidden.get_untracked();
        let done = if hide { t_string!(i18n, checklist_hidden_done) } else { t_string!(i18n, checklist_shown_done) };
        report.run((checklist.change(|changes| changes.set_hidden(&toggle_id, hide)), done));
    };
    let save_words = move |_| {
        let text = words.get_untracked().trim().to_owned();
        if text.is_empty() {
            return;
        }
        let language = i18n.get_locale_untracked().as_str().to_owned();
        report.run((
            checklist.change(|changes| changes.reword(&save_id, &language, &text)),
            t_string!(i18n, checklist_reworded_done),
        ));
    };
    let restore_words = move |_| {
        let changed = checklist.change(|changes| changes.restore_words(&restore_id));
        report.run((changed, t_string!(i18n, checklist_restored_done)));
    };
    let (section, principle) = (item.section, item.principle);
    view! {
        <li class="checklist-edit stack" class:is-hidden=hidden data-item=id.clone()>
            <label for=input_id.clone()>{move || format!("{} · {}", section_word(i18n, section), principle_word(i18n, principle))}</label>
            <input id=input_id type="text" prop:value=move || words.get() on:input=move |event| words.set(event_target_value(&event)) />
            <p class="actions">
                <button type="button" class="secondary" on:click=save_words>{t!(i18n, checklist_save_words)}</button>
                <Show when=reworded.clone()>
                    <button type="button" class="secondary" on:click=restore_words.clone()>{t!(i18n, checklist_restore_words)}</button>
                </Show>
                <button type="button" class="secondary" aria-pressed=move || hidden.get().to_string() on:click=toggle>
                    {t!(i18n, checklist_hide)}
                </button>
            </p>
        </li>
    }
}

/// A step of her own: its section, its principle and her words.
#[component]
fn AddItemForm(report: Report) -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_checklist();
    let new_section = RwSignal::new(Section::Before);
    let new_principle = RwSignal::new(Principle::Safety);
    let new_action = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (section, principle, text) =
            (new_section.get_untracked(), new_principle.get_untracked(), new_action.get_untracked());
        let language = i18n.get_locale_untracked().as_str();
        let Some(item) = Item::own(&uuid::Uuid::new_v4().to_string(), section, principle, language, &text) else {
            return;
        };
        report.run((checklist.change(|changes| changes.added.push(item)), t_string!(i18n, checklist_added_done)));
        new_action.set(String::new());
    };
    view! {
        <form class="card stack" on:submit=add aria-labelledby="add-item-heading">
            <h2 id="add-item-heading">{t!(i18n, checklist_add_heading)}</h2>
            <label for="new-item-section">{t!(i18n, checklist_section)}</label>
            <select id="new-item-section" on:change=move |event| new_section.set(Section::from_id(&event_target_value(&event)).unwrap_or(Section::Before))>
                {Section::ALL.into_iter().map(|section| view! { <option value=section.id()>{move || section_word(i18n, section)}</option> }).collect_view()}
            </select>
            <label for="new-item-principle">{t!(i18n, checklist_principle)}</label>
            <select id="new-item-principle" on:change=move |event| { let index: usize = event_target_value(&event).parse().unwrap_or(0); new_principle.set(Principle::ALL.get(index).copied().unwrap_or(Principle::Safety)) }>
                {Principle::ALL.into_iter().enumerate().map(|(index, principle)| view! { <option value=index.to_string()>{move || principle_word(i18n, principle)}</option> }).collect_view()}
            </select>
            <label for="new-item-action">{t!(i18n, checklist_new_action)}</label>
            <input id="new-item-action" type="text" prop:value=move || new_action.get() on:input=move |event| new_action.set(event_target_value(&event)) />
            <p class="actions"><button type="submit">{t!(i18n, checklist_add)}</button></p>
        </form>
    }
}

fn item_problem_text(i18n: leptos_i18n::I18nContext<Locale>, problem: ItemProblem) -> &'static str {
    match problem {
        ItemProblem::Id => t_string!(i18n, checklist_problem_id),
        ItemProblem::DuplicateId => t_string!(i18n, checklist_problem_duplicate),
        ItemProblem::NoAction => t_string!(i18n, checklist_problem_action),
        ItemProblem::TooLong => t_string!(i18n, checklist_problem_too_long),
        ItemProblem::Language => t_string!(i18n, checklist_problem_language),
    }
}
