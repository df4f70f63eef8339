//! Settings for the lock: set, change or remove the passphrase, lock now,
//! and the idle time before Senda locks itself.
use leptos::prelude::*;

use super::auto_lock::{AutoLock, IDLE_CHOICES_MINUTES};
use super::hide_on_leaving_setting::HideOnLeavingSetting;
use super::passphrase_change::{Asking, Change, Refused, change_passphrase, new_lock};
use super::passphrase_rules::{PassphraseProblem, check_new};
use super::passphrase_strength_hint::PassphraseStrengthHint;
use super::vault_session::{VaultSession, lock_revision, use_vault};
use crate::i18n::*;
use crate::platform::storage_lock;
use crate::storage::StorageError;
use crate::storage::store_handle::{StoreHandle, use_store};
use crate::ui::card::Card;
use crate::ui::notice::Notice;
use crate::ui::storage_error_text::storage_error_text;

#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Working,
    /// Done; the count of records that could not be opened and were kept as they were.
    Done(Change, usize),
    Problem(PassphraseProblem),
    WrongCurrent,
    /// Another tab changed the lock since this one was unlocked.
    ChangedElsewhere,
    /// Seconds before the current passphrase may be checked again.
    Wait(u32),
    Failed(StorageError),
}

/// `children`: what to offer once a lock is first set (the settings page
/// offers a backup, sealed with it); the lock itself knows nothing of backups.
#[component]
pub fn PassphraseSettings(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let storage = use_store();
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
        // Held from the first record re-sealed to the last, so no other
        // tab's start takes the copies for leftovers of a closed tab.
        set_timeout(
            move || {
                storage_lock::while_held(move || {
                    let result = apply(change, &current.get_untracked(), &new.get_untracked(), vault, storage);
                    // A passphrase that did its job does not stay in the fields.
                    if matches!(result, Outcome::Done(..)) {
                        for field in [current, new, repeated] {
                            field.set(String::new());
                        }
                    }
                    outcome.set(result);
                })
            },
            std::time::Duration::from_millis(30),
        );
    };
    // "new-password" is the word password managers wait for to offer to
    // save a passphrase, which would then open Senda for anyone holding
    // the phone: never given.
    let field = move |id: &'static str, label: String, value: RwSignal<String>, described_by: Option<&'static str>| {
        view! {
            <label for=id>{label}</label>
            <input id=id type="password" autocomplete="off" aria-describedby=described_by prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event)) />
        }
    };
    let new_field = move || {
        view! {
            {field("new-passphrase", t_string!(i18n, lock_new).to_owned(), new, Some("passphrase-strength"))}
            <PassphraseStrengthHint passphrase=new id="passphrase-strength" />
        }
    };

    let message = move || {
        let text = match outcome.get() {
            Outcome::Idle => return None,
            Outcome::Working => t_string!(i18n, lock_working),
            Outcome::Done(Change::Set, _) => t_string!(i18n, lock_set_done),
            Outcome::Done(Change::Replace, _) => t_string!(i18n, lock_changed),
            Outcome::Done(Change::Remove, _) => t_string!(i18n, lock_removed),
            Outcome::Problem(PassphraseProblem::TooShort) => t_string!(i18n, lock_too_short),
            Outcome::Problem(PassphraseProblem::Mismatch) => t_string!(i18n, lock_mismatch),
            Outcome::WrongCurrent => t_string!(i18n, lock_wrong),
            Outcome::ChangedElsewhere => t_string!(i18n, lock_changed_elsewhere),
            Outcome::Wait(seconds) => {
                return Some(
                    view! { <Notice warning=true>{t!(i18n, lock_wait, seconds = move || seconds)}</Notice> }.into_any(),
                );
            }
            Outcome::Failed(error) => storage_error_text(i18n, &error),
        };
        let kept = match outcome.get() {
            Outcome::Done(_, kept) if kept > 0 => {
                Some(view! { <Notice warning=true>{t!(i18n, lock_kept_unreadable, count = move || kept)}</Notice> })
            }
            _ => None,
        };
        let went_wrong = !matches!(outcome.get(), Outcome::Working | Outcome::Done(..));
        Some(view! { <Notice warning=went_wrong>{text}</Notice> {kept} }.into_any())
    };

    let auto_lock_minutes = move || vault.auto_lock.get().idle_seconds / 60;
    view! {
        <Card id="lock-heading" heading=Signal::derive(move || t_string!(i18n, lock_heading).to_owned())>
            <p>{t!(i18n, lock_explained)}</p>
            <Show when=move || vault.lock_set.get() fallback=move || view! {
                <form class="stack" on:submit=move |event| { event.prevent_default(); run(Change::Set) }>
                    <Notice warning=true standing=true>{t!(i18n, lock_no_recovery)}</Notice>
                    {new_field()}
                    {field("repeat-passphrase", t_string!(i18n, lock_repeat).to_owned(), repeated, None)}
                    <button type="submit">{t!(i18n, lock_set)}</button>
                </form>
            }>
                <p><button type="button" on:click=move |_| vault.lock()>{guide_t!(i18n, lock_now)}</button></p>
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
                <HideOnLeavingSetting />
                <form class="stack" on:submit=move |event| { event.prevent_default(); run(Change::Replace) }>
                    <h3>{t!(i18n, lock_change)}</h3>
                    {field("current-passphrase", t_string!(i18n, lock_current).to_owned(), current, None)}
                    {new_field()}
                    {field("repeat-passphrase", t_string!(i18n, lock_repeat).to_owned(), repeated, None)}
                    <button type="submit">{t!(i18n, lock_change)}</button>
                </form>
                <p><button type="button" class="secondary" on:click=move |_| run(Change::Remove)>{t!(i18n, lock_remove)}</button>
                   " "<span class="hint">{t!(i18n, lock_remove_hint)}</span></p>
            </Show>
            {message}
            <Show when=move || matches!(outcome.get(), Outcome::Done(Change::Set, _))>
                {children()}
            </Show>
        </Card>
    }
}

/// The change she asked for, with what this tab knows; a wrong current
/// passphrase counts towards the wait.
fn apply(change: Change, current: &str, new: &str, vault: VaultSession, storage: StoreHandle) -> Outcome {
    let next = match change {
        Change::Remove => None,
        Change::Set | Change::Replace => match new_lock(new) {
            Ok(next) => Some(next),
            Err(error) => return Outcome::Failed(error),
        },
    };
    let asking = Asking { change, current, unlocked_with: lock_revision(), wait_seconds: vault.wait_left_seconds() };
    match change_passphrase(&storage.backend(), &asking, next) {
        Ok(changed) => {
            vault.replace_key(changed.key, changed.lock_revision);
            Outcome::Done(change, changed.unreadable)
        }
        Err(Refused::WrongCurrent) => {
            vault.record_failure();
            Outcome::WrongCurrent
        }
        Err(Refused::ChangedElsewhere) => Outcome::ChangedElsewhere,
        Err(Refused::Wait(seconds)) => Outcome::Wait(seconds),
        Err(Refused::Failed(error)) => Outcome::Failed(error),
    }
}
