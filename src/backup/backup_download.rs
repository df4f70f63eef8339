//! "Download a backup": every record in one file, sealed when the lock is on.

use leptos::prelude::*;

use super::backup_file::write;
use super::backup_records::collect;
use super::backup_reminder::BackupHistory;
use crate::i18n::*;
use crate::platform::{clock, download};
use crate::settings::setting_id::SettingId;
use crate::storage::store::Backend;
use crate::storage::store_handle::use_store;
use crate::storage::{Expect, StorageError, Store};
use crate::ui::notice::Notice;
use crate::ui::storage_error_text::StorageErrorNotice;
use crate::vault::vault_meta;

pub fn history(store: &Store<impl Backend>) -> BackupHistory {
    store.load::<BackupHistory>(&SettingId::Backup.key()).ok().flatten().map(|stored| stored.value).unwrap_or_default()
}

pub fn save_history(store: &Store<impl Backend>, history: &BackupHistory) -> Result<(), StorageError> {
    store.save(&SettingId::Backup.key(), history, Expect::Latest).map(|_| ())
}

#[derive(Clone, Debug, PartialEq)]
pub enum BackupFailure {
    Storage(StorageError),
    Download,
}

/// Builds and hands over the file; returns how many unreadable records were
/// left out (they stay on the device as they are).
pub fn download_backup(store: &Store<impl Backend>) -> Result<usize, BackupFailure> {
    let (records, unreadable) = collect(store).map_err(BackupFailure::Storage)?;
    let lock = vault_meta::load(store).map_err(BackupFailure::Storage)?;
    let sealing = match (&lock, store.key()) {
        (Some(meta), Some(key)) => Some((&meta.value.kdf, key)),
        (Some(_), None) => return Err(BackupFailure::Storage(StorageError::Locked)),
        (None, _) => None,
    };
    let now = clock::now_ms();
    let text = write(&records, now.max(0) as u64, sealing).map_err(|_| BackupFailure::Download)?;
    // Neither Senda nor "backup" in the name: a Downloads list is read too.
    let name = format!("copy-{}.json", clock::local_day_today());
    download::save_text_file(&name, "application/json", &text).map_err(|_| BackupFailure::Download)?;
    let _ = save_history(store, &BackupHistory { last_backup_ms: Some(now), ..history(store) });
    Ok(unreadable)
}

/// What became of the last download: saved, saved without the records that
/// could not be read, or why not. Never silent: a backup she believes she
/// has and does not is worse than none.
#[component]
pub fn DownloadOutcome(downloaded: RwSignal<Option<Result<usize, BackupFailure>>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        downloaded.get().map(|result| match result {
            Ok(0) => view! { <Notice>{t!(i18n, backup_downloaded)}</Notice> }.into_any(),
            Ok(left_out) => {
                view! { <Notice warning=true>{t!(i18n, backup_left_out, count = move || left_out)}</Notice> }.into_any()
            }
            Err(BackupFailure::Storage(error)) => view! { <StorageErrorNotice error /> }.into_any(),
            Err(BackupFailure::Download) => {
                view! { <Notice warning=true>{t!(i18n, backup_download_failed)}</Notice> }.into_any()
            }
        })
    }
}

/// The download alone, offered where a backup is the next step: right after
/// a lock is set, so the first backup is already sealed with it.
#[component]
pub fn BackupNow() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_store();
    let downloaded = RwSignal::new(None);
    view! {
        <p><button type="button" on:click=move |_| downloaded.set(Some(download_backup(&storage.store())))>{t!(i18n, backup_download)}</button></p>
        <DownloadOutcome downloaded />
    }
}
