//! The settings a restore would change, each with the value it would take,
//! shown before she decides: a forged backup could otherwise turn
//! lock-on-leaving off or move quick exit without a word.
use leptos::prelude::*;

use crate::i18n::*;
use crate::platform::intl;
use crate::safety::disguise_settings::disguise_name;
use crate::safety::wipe_after_tries::WipeAfterTries;
use crate::settings::setting_check::{Change, Setting};
use leptos_i18n::I18nContext;
use leptos_i18n::Locale as _;

#[component]
pub fn SettingChanges(changes: Vec<Change>) -> impl IntoView {
    let i18n = use_i18n();
    (!changes.is_empty()).then(|| {
        let items = changes
            .into_iter()
            .map(|change| view! { <li>{label(i18n, &change.id)}": "{value(i18n, change.becomes)}</li> })
            .collect_view();
        view! {
            <p>{t!(i18n, backup_setting_changes)}</p>
            <ul class="setting-changes">{items}</ul>
        }
    })
}

fn label(i18n: I18nContext<Locale>, id: &str) -> &'static str {
    match id {
        "language" => guide_t_string!(i18n, language_label),
        "auto-lock" => t_string!(i18n, lock_auto),
        "hide-on-leaving" => t_string!(i18n, lock_on_leaving),
        "quick-exit" => t_string!(i18n, quick_exit_site),
        "programme-start" => t_string!(i18n, log_start),
        "disguise" => t_string!(i18n, disguise_label),
        "wipe-after-tries" => t_string!(i18n, wipe_after_tries_label),
        _ => "",
    }
}

fn value(i18n: I18nContext<Locale>, becomes: Option<Setting>) -> AnyView {
    match becomes {
        None => t!(i18n, backup_setting_reset).into_any(),
        Some(Setting::Language(language)) => language.own_name().into_any(),
        Some(Setting::AutoLock(auto)) => {
            let minutes = auto.idle_seconds / 60;
            t!(i18n, lock_minutes, count = move || minutes).into_any()
        }
        Some(Setting::HideOnLeaving(hide)) if !hide.on => t!(i18n, lock_on_leaving_off).into_any(),
        Some(Setting::HideOnLeaving(hide)) if hide.after_seconds == 0 => t!(i18n, lock_on_leaving_at_once).into_any(),
        Some(Setting::HideOnLeaving(hide)) => {
            let seconds = hide.after_seconds;
            t!(i18n, lock_on_leaving_after, seconds = move || seconds).into_any()
        }
        Some(Setting::QuickExit(address)) => address.into_any(),
        Some(Setting::Disguise(disguise)) => disguise_name(i18n.get_locale(), disguise).into_any(),
        Some(Setting::WipeAfterTries(WipeAfterTries { after: None })) => t!(i18n, wipe_after_tries_never).into_any(),
        Some(Setting::WipeAfterTries(WipeAfterTries { after: Some(count) })) => {
            t!(i18n, wipe_after_tries_count, count = move || count).into_any()
        }
        Some(Setting::ProgrammeStart(day)) => intl::partial_date(i18n.get_locale().as_str(), &day).into_any(),
        // Not choices she made: `changes` never lists them.
        Some(Setting::LockOfferDismissed(_) | Setting::Backup(_)) => ().into_any(),
    }
}
