//! The wipe itself, as Settings' button and the opt-in erasure after wrong
//! passphrases both run it: every other tab leaves first, the key goes, every
//! `senda/` key goes, then the offline copy, and the page starts again empty
//! (`after_wipe`).
use super::after_wipe;
use super::wipe::wipe;
use crate::journal::journal_state::JournalState;
use crate::language::Language;
use crate::platform::all_tabs::{TabWord, tell_other_tabs};
use crate::storage::StorageError;
use crate::storage::store_handle::StoreHandle;
use crate::vault::vault_session::VaultSession;

/// Wipes the device and, once localStorage is empty, reloads in `language`;
/// on a storage error nothing reloads and the error is for her to read.
/// `journal`: the loaded journal, dropped from memory.
pub fn wipe_now(
    storage: StoreHandle,
    vault: VaultSession,
    journal: Option<JournalState>,
    language: Language,
) -> Result<(), StorageError> {
    tell_other_tabs(TabWord::Wipe);
    vault.lock_now();
    let result = wipe(&storage.backend());
    vault.replace_key(None, None);
    if let Some(journal) = journal {
        journal.forget();
    }
    result.map(|_| after_wipe::finish(language))
}
