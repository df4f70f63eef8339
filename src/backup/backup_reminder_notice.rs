//! The backup reminder on the journal screen, when `backup_reminder` says so.
use leptos::prelude::*;

use super::backup_download::{download_backup, history, save_history};
use super::backup_reminder::BackupHistory;
use super::backup_reminder::should_remind;
use crate::i18n::*;
use crate::journal::journal_state::use_journal;
use crate::platform::clock;
use crate::settings::safari_eviction::reminder_days;
use crate::settings::safari_notice::seven_day_deletion;
use crate::storage::store_handle::use_store;

#[component]
pub fn BackupReminderNotice() -> impl IntoView {
    let i18n = use_i18n();
    let journal = use_journal();
    let storage = use_store();
    let history = RwSignal::new(history(&storage.store()));
    let oldest = move || journal.entries.with(|entries| entries.iter().map(|indexed| indexed.entry.created_ms).min());
    let every_days = reminder_days(seven_day_deletion());
    let due = move || should_remind(&history.get(), oldest(), clock::now_ms(), every_days);
    let dismiss = move |_| {
        let dismissed = BackupHistory { reminder_dismissed_ms: Some(clock::now_ms()), ..history.get_untracked() };
        let _ = save_history(&storage.store(), &dismissed);
        history.set(dismissed);
    };
    let back_up = move |_| {
        let store = storage.store();
        if download_backup(&store).is_ok() {
            history.set(super::backup_download::history(&store));
        }
    };
    view! {
        <Show when=due>
            <aside class="notice notice-warning backup-reminder" aria-labelledby="backup-reminder-heading">
                <h2 id="backup-reminder-heading">{t!(i18n, backup_reminder_heading)}</h2>
                <p>{t!(i18n, backup_reminder_text, days = move || every_days)}</p>
                <p class="actions">
                    <button type="button" on:click=back_up>{t!(i18n, backup_download)}</button>
                    <button type="button" class="secondary" on:click=dismiss>{t!(i18n, backup_reminder_dismiss)}</button>
                </p>
            </aside>
        </Show>
    }
}
