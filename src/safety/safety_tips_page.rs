//! What quick exit, the lock and wipe can and cannot do, in plain words.
use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::page_title::PageTitle;

#[component]
pub fn SafetyTipsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, safety_title).to_owned()) />
        <section class="card prose">
            <h2>{t!(i18n, safety_exit_heading)}</h2>
            <p>{t!(i18n, safety_exit_does)}</p>
            <p>{t!(i18n, safety_exit_cannot)}</p>
            <h2>{t!(i18n, safety_lock_heading)}</h2>
            <p>{t!(i18n, safety_lock_does)}</p>
            <h2>{t!(i18n, safety_traces_heading)}</h2>
            <ul>
                <li>{t!(i18n, safety_trace_history)}</li>
                <li>{t!(i18n, safety_trace_calls)}</li>
                <li>{t!(i18n, safety_trace_downloads)}</li>
                <li>{t!(i18n, safety_trace_passwords)}</li>
                <li>{t!(i18n, safety_trace_installed)}</li>
                <li>{t!(i18n, safety_trace_disguise)}</li>
                <li>{t!(i18n, safety_trace_private)}</li>
            </ul>
            <h2>{t!(i18n, safety_help_heading)}</h2>
            <p>{t!(i18n, safety_help)}</p>
        </section>
    }
}
