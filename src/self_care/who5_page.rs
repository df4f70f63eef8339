//! The WHO-5 Well-Being Index, offered every two weeks and never required:
//! the five statements exactly as published (the Spanish and Catalan
//! wordings marked as unofficial translations), the 0–5 answers, the score
//! out of 100, and, when it is low or has dropped, the gentle suggestion.
use leptos::prelude::*;

use super::self_care_state::use_self_care;
use super::support_suggestion::SupportSuggestion;
use super::who5::{ITEMS, SupportReason, Who5, latest_support_reason};
use crate::i18n::*;
use crate::platform::clock;
use crate::router::Route;
use crate::ui::chip::Chip;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::I18nContext;

fn statement(i18n: I18nContext<Locale>, item: usize) -> &'static str {
    match item {
        0 => t_string!(i18n, who5_item_1),
        1 => t_string!(i18n, who5_item_2),
        2 => t_string!(i18n, who5_item_3),
        3 => t_string!(i18n, who5_item_4),
        _ => t_string!(i18n, who5_item_5),
    }
}

fn answer(i18n: I18nContext<Locale>, value: u8) -> &'static str {
    match value {
        5 => t_string!(i18n, who5_answer_5),
        4 => t_string!(i18n, who5_answer_4),
        3 => t_string!(i18n, who5_answer_3),
        2 => t_string!(i18n, who5_answer_2),
        1 => t_string!(i18n, who5_answer_1),
        _ => t_string!(i18n, who5_answer_0),
    }
}

#[derive(Clone)]
enum Outcome {
    Answering,
    Incomplete,
    Done(Who5, Option<SupportReason>),
    Failed(crate::storage::StorageError),
}

#[component]
pub fn Who5Page() -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let answers = RwSignal::new([None::<u8>; ITEMS]);
    let outcome = RwSignal::new(Outcome::Answering);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let given = answers.get_untracked();
        let Some(result) = Who5::from_answers(clock::local_day_today(), given) else {
            return outcome.set(Outcome::Incomplete);
        };
        outcome.set(match self_care.save_who5(&result) {
            Ok(results) => Outcome::Done(result, latest_support_reason(&results)),
            Err(error) => Outcome::Failed(error),
        });
    };

    let questions = (0..ITEMS)
        .map(|item| {
            let name = format!("who5-{item}");
            view! {
                <fieldset class="field rating">
                    <legend>{move || format!("{}. {}", item + 1, statement(i18n, item))}</legend>
                    {(0..=5u8).rev().map(|value| {
                        let name = name.clone();
                        view! {
                            <Chip group=name value=value.to_string() checked=Signal::derive(move || answers.with(|a| a[item] == Some(value)))
                                on_change=move |_| answers.update(|a| a[item] = Some(value))>
                                {move || format!("{} ({value})", answer(i18n, value))}
                            </Chip>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
        .collect_view();

    let result = move || match outcome.get() {
        Outcome::Answering => None,
        Outcome::Incomplete => Some(view! { <Notice warning=true>{t!(i18n, who5_incomplete)}</Notice> }.into_any()),
        Outcome::Failed(error) => Some(view! { <StorageErrorNotice error /> }.into_any()),
        Outcome::Done(result, support) => {
            let percent = result.percent();
            let raw = result.raw();
            let plan = self_care.plan().unwrap_or_default();
            Some(
                view! {
                    <Notice>{t!(i18n, who5_result, percent = move || percent, raw = move || raw)}</Notice>
                    {support.map(|reason| view! { <SupportSuggestion reason plan /> })}
                    <p><a href=Route::SelfCare.to_hash()>{t!(i18n, who5_back)}</a></p>
                }
                .into_any(),
            )
        }
    };

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, who5_title).to_owned()) />
        <p>{t!(i18n, who5_intro)}</p>
        <p class="hint">{t!(i18n, who5_source)}</p>
        <form class="stack who5" on:submit=submit>
            <p class="lead">{t!(i18n, who5_lead)}</p>
            {questions}
            <p class="actions"><button type="submit">{t!(i18n, who5_submit)}</button></p>
        </form>
        {result}
    }
}
