//! The mentoring log for the programme: hours and conversations per month
//! and in total over the programme's window, and the topics covered, with
//! a print view to hand to the social team. Aliases only: the log has no
//! field a full name could go in.
use leptos::prelude::*;

use super::conversation::{Conversation, Topic};
use super::conversation_records::use_conversation_records;
use super::conversation_words::topic_word;
use super::mentoring_log::build;
use crate::day::Day;
use crate::i18n::*;
use crate::organisation::org_state::use_org;
use crate::platform::download::print_page;
use crate::platform::intl;
use crate::router::Route;
use crate::ui::card::EmptyState;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use leptos_i18n::Locale as _;

#[component]
pub fn MentoringLogPage() -> impl IntoView {
    let records = use_conversation_records();
    let i18n = use_i18n();
    let org = use_org();
    let conversations: Vec<Conversation> = records.list().unwrap_or_default();
    let start = RwSignal::new(records.programme_start().unwrap_or_default());
    let saved = RwSignal::new(None::<bool>);
    let save_start = move |event: leptos::ev::Event| {
        let day = event_target_value(&event);
        start.set(day.clone());
        saved.set(Some(records.save_programme_start(&day).is_ok()));
    };
    let months = move || org.config.with(|config| config.programme_months);
    let log = Memo::new(move |_| Day::parse(&start.get()).and_then(|start| build(&conversations, start, months())));

    let table = move || {
        let language = i18n.get_locale().as_str();
        log.get().map(|log| {
            let hours = |minutes: u32| intl::number(language, f64::from(minutes) / 60.0, 1);
            let rows = log.months.iter().map(|(month, totals)| view! {
                <tr><th scope="row">{intl::month_year(language, month)}</th><td>{totals.conversations}</td><td>{hours(totals.minutes)}</td></tr>
            }).collect_view();
            let topics = Topic::ALL.into_iter().filter_map(|topic| {
                let count = *log.topics.get(&topic)?;
                Some(view! { <li>{move || topic_word(i18n, topic)}": "{count}</li> })
            }).collect_view();
            let (first, last) = (intl::partial_date(language, &start.get()), intl::medium_date(language, log.last_day));
            view! {
                <p>{t!(i18n, log_window, first = move || first.clone(), last = move || last.clone())}</p>
                <table class="log-table">
                    <caption>{guide_t!(i18n, log_title)}</caption>
                    <thead><tr><th scope="col">{t!(i18n, log_month)}</th><th scope="col">{t!(i18n, log_conversations)}</th><th scope="col">{t!(i18n, log_hours)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                    <tfoot><tr><th scope="row">{t!(i18n, log_total)}</th><td>{log.total.conversations}</td><td>{hours(log.total.minutes)}</td></tr></tfoot>
                </table>
                <h2>{t!(i18n, log_topics)}</h2>
                <ul>{topics}</ul>
                <p class="hint">{t!(i18n, log_aliases_only)}</p>
            }
        })
    };

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, log_title).to_owned()) />
        <p class="no-print"><a href=Route::Conversations.to_hash()>{t!(i18n, conversations_back)}</a></p>
        <div class="field no-print">
            <label for="programme-start">{t!(i18n, log_start)}</label>
            <p class="hint" id="programme-start-hint">{t!(i18n, log_start_hint, months = months)}</p>
            <input id="programme-start" type="date" aria-describedby="programme-start-hint" prop:value=move || start.get() on:change=save_start />
            {move || (saved.get() == Some(false)).then(|| view! { <Notice warning=true>{t!(i18n, reminder_not_saved)}</Notice> })}
        </div>
        {move || if log.with(Option::is_some) { table().into_any() } else { view! { <EmptyState>{t!(i18n, log_no_start)}</EmptyState> }.into_any() }}
        <p class="no-print"><button type="button" class="secondary" on:click=move |_| print_page()>{t!(i18n, log_print)}</button></p>
    }
}
