//! Preferences for this device: language, the lock, backups, quick exit,
//! storage, and deleting everything. In the shell because it gathers the
//! cards of five features, which therefore need not know each other.
use leptos::prelude::*;

use crate::backup::backup_download::BackupNow;
use crate::backup::backup_section::BackupSection;
use crate::i18n::*;
use crate::platform::intl;
use crate::router::Route;
use crate::safety::disguise_settings::DisguiseSettings;
use crate::safety::quick_exit_settings::QuickExitSettings;
use crate::safety::wipe_section::WipeSection;
use crate::settings::storage_card::StorageUsage;
use crate::ui::language_picker::LanguagePicker;
use crate::ui::page_title::PageTitle;
use crate::vault::passphrase_settings::PassphraseSettings;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let today = move || intl::long_date(i18n.get_locale().as_str(), &js_sys::Date::new_0());
    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, nav_settings).to_owned()) />
        <section class="card">
            <LanguagePicker id="settings-language" />
            <p class="hint">{t!(i18n, settings_language_help)}</p>
            <p>{t!(i18n, settings_today, date = today)}</p>
            <p><a href=Route::About.to_hash()>{t!(i18n, settings_about_link)}</a></p>
        </section>
        <PassphraseSettings>
            <BackupNow />
        </PassphraseSettings>
        <BackupSection />
        <QuickExitSettings />
        <DisguiseSettings />
        <StorageUsage />
        <WipeSection />
    }
}
