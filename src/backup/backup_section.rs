//! Settings' backup card: download a backup; restore one after seeing what
//! it holds; undo the last restore.
use leptos::prelude::*;

use super::backup_download::{BackupFailure, DownloadOutcome, download_backup};
use super::backup_file::{Backup, BackupError, MAX_BYTES, is_sealed, read};
use super::backup_records::{Summary, check, encode_all, settings_on};
use super::restore;
use super::setting_changes::SettingChanges;
use crate::i18n::*;
use crate::journal::journal_state::JournalState;
use crate::organisation::org_state::kept_config;
use crate::platform::chosen_file::{ChosenFile, read_chosen_file};
use crate::platform::{clock, intl, storage_lock};
use crate::resources::resource_state::GuideSlot;
use crate::storage::StorageError;
use crate::storage::store_handle::{StoreHandle, use_store};
use crate::ui::card::Card;
use crate::ui::clear_file_warning::ClearFileWarning;
use crate::ui::notice::Notice;
use crate::ui::storage_error_text::storage_error_text;
use crate::vault::passphrase_change::{Asking, Change, Refused, change_passphrase, new_lock};
use crate::vault::vault_session::{VaultSession, use_vault};

#[derive(Clone)]
enum Step {
    Idle,
    Reading,
    /// A sealed file; true after a wrong passphrase.
    NeedsPassphrase(String, bool),
    /// Read and checked; true when it was encrypted (opened with a passphrase).
    Ready(std::rc::Rc<Backup>, Summary, bool),
    Restored,
    Refused(BackupError),
    /// A record of an unknown kind, shape or value: the key it is stored under.
    Unknown(String),
    Failed(StorageError),
}

#[component]
pub fn BackupSection() -> impl IntoView {
    let storage = use_store();
    let i18n = use_i18n();
    let journal = use_context::<JournalState>();
    let guide = use_context::<GuideSlot>();
    let step = RwSignal::new_local(Step::Idle);
    let passphrase = RwSignal::new(String::new());
    let downloaded = RwSignal::new(None::<Result<usize, BackupFailure>>);
    let vault = use_vault();
    let clear_asked = RwSignal::new(false);
    let download = move || downloaded.set(Some(download_backup(&storage.store())));
    let can_undo = RwSignal::new(restore::can_undo(&storage.store(), clock::now_ms()));

    let organisation_quick_exit = move || kept_config(&storage.store()).and_then(|config| config.quick_exit_url);
    let examine = move |text: String, passphrase: Option<String>| {
        let opened = read(&text, passphrase.as_deref());
        step.set(match opened {
            Err(BackupError::NeedsPassphrase) => Step::NeedsPassphrase(text, false),
            Err(BackupError::WrongPassphrase) => Step::NeedsPassphrase(text, true),
            Err(error) => Step::Refused(error),
            Ok(backup) => match check(&backup.records, organisation_quick_exit().as_deref()) {
                Ok(summary) => Step::Ready(std::rc::Rc::new(backup), summary, passphrase.is_some()),
                Err(key) => Step::Unknown(key),
            },
        });
    };

    let choose_file = move |event: leptos::ev::Event| {
        step.set(Step::Reading);
        let picked = read_chosen_file(&event, MAX_BYTES, move |file| match file {
            ChosenFile::TooLarge => step.set(Step::Refused(BackupError::TooLarge)),
            ChosenFile::Unreadable => step.set(Step::Refused(BackupError::NotABackup)),
            ChosenFile::Text { text, .. } => match is_sealed(&text) {
                Ok(true) => step.set(Step::NeedsPassphrase(text, false)),
                Ok(false) => examine(text, None),
                Err(error) => step.set(Step::Refused(error)),
            },
        });
        if !picked {
            step.set(Step::Idle);
        }
    };

    let after_change = move |result: Result<(), StorageError>| {
        if let Some(journal) = journal {
            journal.forget();
        }
        if let Some(guide) = guide.and_then(|slot| slot.used()) {
            guide.reread_stored();
        }
        can_undo.set(restore::can_undo(&storage.store(), clock::now_ms()));
        step.set(match result {
            Ok(()) => Step::Restored,
            Err(error) => Step::Failed(error),
        });
    };

    // An encrypted backup on a phone with no lock: with `lock_first`, the
    // backup's passphrase becomes this phone's before anything is written,
    // so her notes are sealed from the first byte.
    // Under the storage lock, as a passphrase change: another tab starting
    // meanwhile must not roll a restore under way back.
    let confirm = move |lock_first: bool| {
        let Step::Ready(backup, ..) = step.get_untracked() else { return };
        storage_lock::while_held(move || {
            if lock_first && let Err(error) = lock_with(vault, storage, &passphrase.get_untracked()) {
                step.set(Step::Failed(error));
                return;
            }
            let store = storage.store();
            after_change(
                encode_all(&store, &backup.records).and_then(|raw| restore::replace_all(&store, &raw, clock::now_ms())),
            );
        });
    };

    let status = move || {
        let warn = |text: &'static str| view! { <Notice warning=true>{text}</Notice> }.into_any();
        match step.get() {
            Step::Idle => None,
            Step::Reading => Some(view! { <Notice>{t!(i18n, backup_reading)}</Notice> }.into_any()),
            Step::NeedsPassphrase(text, wrong) => Some(view! {
                <form class="stack" on:submit=move |event| {
                    event.prevent_default();
                    step.set(Step::Reading);
                    let text = text.clone();
                    set_timeout(move || examine(text, Some(passphrase.get_untracked())), std::time::Duration::from_millis(30));
                }>
                    <label for="backup-passphrase">{t!(i18n, backup_passphrase)}</label>
                    <input id="backup-passphrase" type="password" autocomplete="off" prop:value=move || passphrase.get()
                        on:input=move |event| passphrase.set(event_target_value(&event)) />
                    <button type="submit">{t!(i18n, backup_open)}</button>
                    {wrong.then(|| view! { <Notice warning=true>{t!(i18n, backup_wrong_passphrase)}</Notice> })}
                </form>
            }.into_any()),
            Step::Ready(backup, summary, sealed) => {
                let asks_to_lock = sealed && !vault.lock_set.get();
                let changes = crate::settings::setting_check::changes(
                    &settings_on(&storage.store(), organisation_quick_exit().as_deref()),
                    &summary.settings,
                );
                let Summary { journal_entries, drafts, services, check_ins, conversations, .. } = summary;
                let settings = summary.settings.len();
                let created = intl::long_date(i18n.get_locale().as_str(), &js_sys::Date::new(&(backup.created_ms as f64).into()));
                Some(view! {
                    <Notice block=true>
                        <p>{t!(i18n, backup_contains, date = move || created.clone(), entries = move || journal_entries, drafts = move || drafts, services = move || services, check_ins = move || check_ins, conversations = move || conversations, settings = move || settings)}</p>
                        <SettingChanges changes />
                        <p>{t!(i18n, backup_replace_warning)}</p>
                        {asks_to_lock.then(|| view! { <p>{t!(i18n, backup_sealed_no_lock)}</p> })}
                        <p class="actions">
                            {if asks_to_lock {
                                view! {
                                    <button type="button" on:click=move |_| confirm(true)>{t!(i18n, backup_replace_locked)}</button>
                                    <button type="button" class="secondary" on:click=move |_| confirm(false)>{t!(i18n, backup_replace_clear)}</button>
                                }.into_any()
                            } else {
                                view! { <button type="button" on:click=move |_| confirm(false)>{t!(i18n, backup_replace)}</button> }.into_any()
                            }}
                            <button type="button" class="secondary" on:click=move |_| step.set(Step::Idle)>{t!(i18n, backup_cancel)}</button>
                        </p>
                    </Notice>
                }.into_any())
            }
            Step::Restored => Some(view! { <Notice>{t!(i18n, backup_restored)}</Notice> }.into_any()),
            Step::Refused(error) => Some(warn(match error {
                BackupError::TooLarge => t_string!(i18n, backup_too_large),
                BackupError::NotABackup => t_string!(i18n, backup_not_senda),
                BackupError::NewerVersion => t_string!(i18n, backup_newer),
                BackupError::Damaged => t_string!(i18n, backup_damaged),
                BackupError::NeedsPassphrase | BackupError::WrongPassphrase => t_string!(i18n, backup_wrong_passphrase),
            })),
            Step::Unknown(key) => Some(
                view! {
                    <Notice warning=true block=true>
                        <p>{t!(i18n, backup_unknown_record)}</p>
                        <p>{t!(i18n, backup_refused_record, key = move || key.clone())}</p>
                    </Notice>
                }
                .into_any(),
            ),
            Step::Failed(error) => Some(warn(storage_error_text(i18n, &error))),
        }
    };

    view! {
        <Card id="backup-heading" heading=Signal::derive(move || t_string!(i18n, backup_heading).to_owned())>
            <p>{t!(i18n, backup_explained)}</p>
            <p><button type="button" on:click=move |_| {
                // Without a passphrase the file is readable: she is told first.
                if vault.lock_set.get_untracked() { download() } else { clear_asked.set(true) }
            }>{t!(i18n, backup_download)}</button></p>
            <ClearFileWarning asked=clear_asked go=Callback::new(move |()| download()) />
            <DownloadOutcome downloaded />
            <label for="restore-file">{t!(i18n, backup_restore_label)}</label>
            <p class="hint">{t!(i18n, backup_limit, megabytes = move || MAX_BYTES / (1024 * 1024))}</p>
            <input id="restore-file" type="file" accept=".json,application/json" on:change=choose_file />
            {status}
            <Show when=move || can_undo.get()>
                <p><button type="button" class="secondary" on:click=move |_| storage_lock::while_held(move || after_change(restore::undo(&storage.store(), clock::now_ms())))>{t!(i18n, backup_undo)}</button></p>
            </Show>
        </Card>
    }
}

/// Sets `passphrase` as this phone's lock, as Settings would.
fn lock_with(vault: VaultSession, storage: StoreHandle, passphrase: &str) -> Result<(), StorageError> {
    let next = new_lock(passphrase)?;
    let asking = Asking { change: Change::Set, current: "", unlocked_with: None, wait_seconds: 0 };
    let changed = change_passphrase(&storage.backend(), &asking, Some(next)).map_err(|refused| match refused {
        Refused::Failed(error) => error,
        // Another tab set a lock meanwhile: nothing was changed here.
        Refused::ChangedElsewhere | Refused::Wait(_) | Refused::WrongCurrent => {
            StorageError::Conflict { key: "senda/vault/meta".into() }
        }
    })?;
    vault.replace_key(changed.key, changed.lock_revision);
    Ok(())
}
