//! Settings for the lock: set, change or remove the passphrase, lock now,
//! and the idle time before Senda locks itself.
use leptos::prelude::*;

use super::auto_lock::{AutoLock, IDLE_CHOICES_MINUTES};
use super::passphrase_rules::{PassphraseProblem, check_new};
use super::rekey::{NextLock, rekey};
use super::vault_key::KdfParams;
use super::vault_meta::{self, VaultMeta};
use super::vault_session::{current_key, use_vault};
use crate::backup::backup_download::download_backup;
use crate::i18n::*;
use crate::storage::StorageError;
use crate::storage::local_storage::{LocalStorage, browser_store};
use crate::ui::storage_error_text::storage_error_text;

#[derive(Clone, Copy, PartialEq)]
enum Change {
    Set,
    Replace,
    Remove,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Working,
    Done(Change),
    Problem(PassphraseProblem),
    WrongCurrent,
    Failed(StorageError),
}

#[component]
pub fn PassphraseSettings() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let outcome = RwSignal::new(Outcome::Idle);

    let run = move |change: Change| {
        if change != Change::Remove
            && let Err(problem) = check_new(&new.get_untracked(), &repeated.get_untracked())
        {
            outcome.set(Outcome::Problem(problem));
            return;
        }
        outcome.set(Outcome::Working);
        set_timeout(
            move || {
                let result = apply(change, &current.get_untracked(), &new.get_untracked(), vault);
                // A passphrase that did its job does not stay in the fields.
                if matches!(result, Outcome::Done(_)) {
                    for field in [current, new, repeated] {
                        field.set(String::new());
                    }
                }
                outcome.set(result);
            },
            std::time::Duration::from_millis(30),
        );
    };
    let field = move |id: &'static str, label: String, value: RwSignal<String>, autocomplete: &'static str| {
        view! {
            <label for=id>{label}</label>
            <input id=id type="password" autocomplete=autocomplete prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event)) />
        }
    };

    let message = move || {
        let text = match outcome.get() {
            Outcome::Idle => return None,
            Outcome::Working => t_string!(i18n, lock_working),
            Outcome::Done(Change::Set) => t_string!(i18n, lock_set_done),
            Outcome::Done(Change::Replace) => t_string!(i18n, lock_changed),
            Outcome::Done(Change::Remove) => t_string!(i18n, lock_removed),
            Outcome::Problem(PassphraseProblem::TooShort) => t_string!(i18n, lock_too_short),
            Outcome::Problem(PassphraseProblem::Mismatch) => t_string!(i18n, lock_mismatch),
            Outcome::WrongCurrent => t_string!(i18n, lock_wrong),
            Outcome::Failed(error) => storage_error_text(i18n, &error),
        };
        let role = if matches!(outcome.get(), Outcome::Working | Outcome::Done(_)) { "status" } else { "alert" };
        Some(view! { <p class="notice" role=role>{text}</p> })
    };

    let auto_lock_minutes = move || vault.auto_lock.get().idle_seconds / 60;
    view! {
        <section class="card" aria-labelledby="lock-heading">
            <h2 id="lock-heading">{t!(i18n, lock_heading)}</h2>
            <p>{t!(i18n, lock_explained)}</p>
            <Show when=move || vault.lock_set.get() fallback=move || view! {
                <form class="stack" on:submit=move |event| { event.prevent_default(); run(Change::Set) }>
                    <p class="notice notice-warning">{t!(i18n, lock_no_recovery)}</p>
                    {field("new-passphrase", t_string!(i18n, lock_new).to_owned(), new, "new-password")}
                    {field("repeat-passphrase", t_string!(i18n, lock_repeat).to_owned(), repeated, "new-password")}
                    <button type="submit">{t!(i18n, lock_set)}</button>
                </form>
            }>
                <p><button type="button" on:click=move |_| vault.lock()>{t!(i18n, lock_now)}</button></p>
                <p>
                    <label for="auto-lock">{t!(i18n, lock_auto)}</label>
                    <select id="auto-lock" on:change=move |event| {
                        if let Ok(minutes) = event_target_value(&event).parse::<u32>() {
                            let _ = vault.set_auto_lock(AutoLock { idle_seconds: minutes * 60 });
                        }
                    }>
                        {IDLE_CHOICES_MINUTES.into_iter().map(|minutes| view! {
                            <option value=minutes.to_string() selected=move || auto_lock_minutes() == minutes>
                                {t!(i18n, lock_minutes, count = move || minutes)}
                            </option>
                        }).collect_view()}
                    </select>
                </p>
                <form class="stack" on:submit=move |event| { event.prevent_default(); run(Change::Replace) }>
                    <h3>{t!(i18n, lock_change)}</h3>
                    {field("current-passphrase", t_string!(i18n, lock_current).to_owned(), current, "current-password")}
                    {field("new-passphrase", t_string!(i18n, lock_new).to_owned(), new, "new-password")}
                    {field("repeat-passphrase", t_string!(i18n, lock_repeat).to_owned(), repeated, "new-password")}
                    <button type="submit">{t!(i18n, lock_change)}</button>
                </form>
                <p><button type="button" class="secondary" on:click=move |_| run(Change::Remove)>{t!(i18n, lock_remove)}</button>
                   " "<span class="hint">{t!(i18n, lock_remove_hint)}</span></p>
            </Show>
            {message}
            <Show when=move || outcome.get() == Outcome::Done(Change::Set)>
                <p><button type="button" on:click=move |_| { let _ = download_backup(); }>{t!(i18n, backup_download)}</button></p>
            </Show>
        </section>
    }
}

/// Sets, changes or removes the lock. Changing and removing ask for the
/// current passphrase again, so a phone left open cannot be locked against
/// its owner.
fn apply(change: Change, current: &str, new: &str, vault: super::vault_session::VaultSession) -> Outcome {
    let store = browser_store();
    if change != Change::Set {
        match vault_meta::load(&store) {
            Ok(Some(meta)) if meta.unlock(current).is_ok() => {}
            Ok(_) => return Outcome::WrongCurrent,
            Err(error) => return Outcome::Failed(error),
        }
    }
    let old_key = current_key();
    let result = match change {
        Change::Remove => rekey(&LocalStorage, old_key.as_ref(), NextLock::Off).map(|()| None),
        Change::Set | Change::Replace => {
            let Ok((meta, key)) = KdfParams::recommended().and_then(|kdf| VaultMeta::create(new, kdf)) else {
                return Outcome::Failed(StorageError::Unavailable);
            };
            rekey(&LocalStorage, old_key.as_ref(), NextLock::On { meta: &meta, key: &key }).map(|()| Some(key))
        }
    };
    match result {
        Ok(key) => {
            vault.replace_key(key);
            Outcome::Done(change)
        }
        Err(error) => Outcome::Failed(error),
    }
}
