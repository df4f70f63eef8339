//! The self-care screen: today's check-in first, then the two-weekly WHO-5
//! when it is due (offered, never required), the way to trends and to her
//! plan, and her reminder time.
use leptos::prelude::*;

use super::check_in_form::CheckInForm;
use super::reminder;
use super::self_care_state::use_self_care;
use super::self_care_store;
use super::support_suggestion::SupportSuggestion;
use super::who5::{is_due, latest_support_reason};
use crate::i18n::*;
use crate::platform::{clock, intl};
use crate::router::Route;
use crate::ui::card::Card;
use crate::ui::notice::Notice;
use crate::ui::other_tab_writes::RereadOnOtherTabWrites;
use crate::ui::page_title::PageTitle;
use leptos_i18n::Locale as _;

#[component]
pub fn SelfCarePage() -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let today = clock::local_day_today();
    let reminder_time = RwSignal::new(self_care.reminder().ok().flatten().unwrap_or_default());
    let reminder_saved = RwSignal::new(None::<bool>);
    let save_reminder = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let time = reminder_time.get_untracked();
        let time = reminder::parse_time(&time).map(|_| time);
        reminder_saved.set(Some(self_care.save_reminder(time.as_deref()).is_ok()));
    };

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, nav_selfcare).to_owned()) />
        // Another tab's WHO-5 result or plan shows here too; the check-in
        // form keeps what she is choosing.
        <RereadOnOtherTabWrites namespace=self_care_store::NAMESPACE><Support /></RereadOnOtherTabWrites>
        // The check-in first, so its four taps fit a small phone's screen.
        <CheckInForm today />
        <p>{t!(i18n, self_care_intro)}</p>
        <nav class="actions" aria-label=move || guide_t_string!(i18n, nav_selfcare)>
            <a class="button secondary" href=Route::SelfCareTrends.to_hash()>{guide_t!(i18n, trends_title)}</a>
            <a class="button secondary" href=Route::SelfCarePlan.to_hash()>{guide_t!(i18n, plan_title)}</a>
        </nav>
        <RereadOnOtherTabWrites namespace=self_care_store::NAMESPACE><Who5Card /></RereadOnOtherTabWrites>
        <Card id="reminder-heading" heading=Signal::derive(move || t_string!(i18n, reminder_heading).to_owned())>
            <form class="stack" on:submit=save_reminder>
                <label for="reminder-time">{t!(i18n, reminder_time)}</label>
                <input id="reminder-time" type="time" prop:value=move || reminder_time.get() on:input=move |event| reminder_time.set(event_target_value(&event)) />
                <p class="hint">{t!(i18n, reminder_honest)}</p>
                <p class="actions"><button type="submit" class="secondary">{t!(i18n, reminder_save)}</button></p>
                {move || reminder_saved.get().map(|saved| if saved {
                    view! { <Notice>{t!(i18n, reminder_saved)}</Notice> }.into_any()
                } else {
                    view! { <Notice warning=true>{t!(i18n, reminder_not_saved)}</Notice> }.into_any()
                })}
            </form>
        </Card>
    }
}

/// The suggestion the latest WHO-5 result calls for, with her plan's people.
#[component]
fn Support() -> impl IntoView {
    let self_care = use_self_care();
    let results = self_care.who5_results().unwrap_or_default();
    latest_support_reason(&results)
        .map(|reason| view! { <SupportSuggestion reason plan=self_care.plan().unwrap_or_default() /> })
}

/// The last WHO-5 result, and the offer of the next one when it is due.
#[component]
fn Who5Card() -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let today = clock::local_day_today();
    let last = self_care.who5_results().unwrap_or_default().pop();
    let days_since = last.as_ref().map(|last| last.days_before(today));
    let last_text = last.map(|last| {
        let percent = last.percent();
        let date = intl::medium_date(i18n.get_locale_untracked().as_str(), last.day);
        view! { <p>{t!(i18n, who5_last, percent = move || percent, date = move || date.clone())}</p> }
    });
    view! {
        <Card id="who5-card-heading" heading=Signal::derive(move || guide_t_string!(i18n, who5_title).to_owned())>
            {last_text}
            {if is_due(days_since) {
                view! { <p>{t!(i18n, who5_offer)}</p><p><a class="button" href=Route::SelfCareWellbeing.to_hash()>{t!(i18n, who5_start)}</a></p> }.into_any()
            } else {
                view! { <p class="hint">{t!(i18n, who5_not_yet)}</p><p><a href=Route::SelfCareWellbeing.to_hash()>{t!(i18n, who5_start)}</a></p> }.into_any()
            }}
        </Card>
    }
}
