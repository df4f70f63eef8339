//! The gentle check-in prompt: when she opens Senda after her reminder time
//! on a day without a check-in. "Not today" puts it away for this visit.
use leptos::prelude::*;

use super::reminder::is_due;
use super::self_care_state::use_self_care;
use crate::i18n::*;
use crate::platform::clock;
use crate::router::{Area, Route};

#[component]
pub fn ReminderPrompt(#[prop(into)] route: Signal<Route>, #[prop(into)] locked: Signal<bool>) -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let put_off = RwSignal::new(false);
    let due = move || {
        // Read again on every screen change: a check-in saved meanwhile
        // takes the prompt away.
        let route = route.get();
        if locked.get() || route.is_shared_guide() || route.area() == Some(Area::SelfCare) {
            return false;
        }
        let today = clock::local_day_today();
        let Ok(Some(time)) = self_care.reminder() else { return false };
        let checked_in = self_care.check_in_of(today).is_ok_and(|found| found.is_some());
        clock::local_time_now().is_some_and(|now| is_due(Some(&time), now, checked_in, put_off.get()))
    };
    view! {
        <Show when=due>
            <div class="banner" role="status">
                <span>{t!(i18n, reminder_prompt)}</span>
                <a class="button" href=Route::SelfCare.to_hash()>{t!(i18n, reminder_check_in)}</a>
                <button type="button" class="secondary" on:click=move |_| put_off.set(true)>{t!(i18n, reminder_not_today)}</button>
            </div>
        </Show>
    }
}
