//! The journal as the screens see it: loaded once when first needed, kept in
//! a signal, and re-read when another tab writes a journal record.
use leptos::prelude::*;

use super::draft::Draft;
use super::entry::JournalEntry;
use super::journal_query::{IndexedEntry, sort_newest_first};
use super::journal_store;
use super::trash;
use crate::conversations::conversation::Conversation;
use crate::conversations::conversation_store;
use crate::platform::clock;
use crate::storage::StorageError;
use crate::storage::store_handle::{StoreHandle, use_store};
use crate::storage::tab_sync::TabSync;

#[derive(Clone, Copy)]
pub struct JournalState {
    loaded: RwSignal<bool>,
    pub entries: RwSignal<Vec<IndexedEntry>>,
    pub unreadable: RwSignal<usize>,
    pub load_error: RwSignal<Option<StorageError>>,
    /// The entry just moved to "recently deleted", offered for undo.
    pub just_deleted: RwSignal<Option<JournalEntry>>,
    /// Drafts an editor could not write because the key went first (another
    /// tab changed the passphrase): kept in this tab's memory only, and
    /// written, sealed with the new key, at the next unlock.
    held_drafts: StoredValue<Vec<Draft>>,
    storage: StoreHandle,
}

impl JournalState {
    fn reload(&self) {
        match journal_store::load(&self.storage.store(), clock::now_ms()) {
            Ok(journal) => {
                self.entries.set(journal.entries);
                self.unreadable.set(journal.unreadable);
                self.load_error.set(None);
            }
            Err(error) => self.load_error.set(Some(error)),
        }
    }

    pub fn find(&self, id: &str) -> Option<IndexedEntry> {
        self.entries.with(|entries| entries.iter().find(|indexed| indexed.entry.id == id).cloned())
    }

    /// Brings an entry back from "recently deleted".
    pub fn restore(&self, id: &str) -> Result<(), StorageError> {
        let Some(current) = self.find(id) else { return Ok(()) };
        let restored = trash::restore(current.entry);
        self.save(&restored, Some(current.revision)).map(|_| ())
    }

    /// Drops the entries from memory (on lock, wipe or restore); the next
    /// journal screen reads them again.
    pub fn forget(&self) {
        self.loaded.set(false);
        self.entries.set(Vec::new());
        self.unreadable.set(0);
        self.load_error.set(None);
        self.just_deleted.set(None);
    }

    /// Keeps `draft` until it can be written (see `held_drafts`).
    pub fn hold_draft(&self, draft: Draft) {
        self.held_drafts.update_value(|held| {
            held.retain(|other| other.id() != draft.id());
            held.push(draft);
        });
    }

    /// The held draft of one editor, handed back to it when it opens again.
    pub fn take_held_draft(&self, draft_id: &str) -> Option<Draft> {
        self.held_drafts.try_update_value(|held| {
            let at = held.iter().position(|draft| draft.id() == draft_id)?;
            Some(held.remove(at))
        })?
    }

    /// After an unlock: every held draft no editor took back is written now;
    /// one that still cannot be written stays held.
    pub fn write_held_drafts(&self) {
        if self.held_drafts.with_value(Vec::is_empty) {
            return;
        }
        let store = self.storage.store();
        self.held_drafts.update_value(|held| held.retain(|draft| journal_store::save_draft(&store, draft).is_err()));
    }

    /// Writes `entry` over the revision read (None: a new entry) and puts it
    /// in place; answers the new revision.
    pub fn save(&self, entry: &JournalEntry, read_at: Option<u64>) -> Result<u64, StorageError> {
        let revision = journal_store::save(&self.storage.store(), entry, read_at)?;
        self.put(entry.clone(), revision);
        Ok(revision)
    }

    pub fn load_draft(&self, draft_id: &str) -> Option<Draft> {
        journal_store::load_draft(&self.storage.store(), draft_id)
    }

    pub fn save_draft(&self, draft: &Draft) -> Result<(), StorageError> {
        journal_store::save_draft(&self.storage.store(), draft)
    }

    pub fn discard_draft(&self, draft_id: &str) -> Result<(), StorageError> {
        journal_store::discard_draft(&self.storage.store(), draft_id)
    }

    /// The conversations whose record links to the entry `entry_id`: the
    /// way back from the journal to the mentoring it is about. Read through
    /// the conversations' rules, not their screens' state, so that the
    /// journal never imports the conversations feature.
    pub fn conversations_linking_to(&self, entry_id: &str) -> Result<Vec<Conversation>, StorageError> {
        conversation_store::linking_to(&self.storage.store(), entry_id)
    }

    /// The drafts that hold words none of `entries` does.
    pub fn unfinished_drafts(&self, entries: &[IndexedEntry]) -> Vec<Draft> {
        journal_store::unfinished_drafts(&self.storage.store(), entries)
    }

    /// Puts a freshly saved entry in place without reading everything again.
    pub fn put(&self, entry: JournalEntry, revision: u64) {
        self.entries.update(|entries| {
            entries.retain(|indexed| indexed.entry.id != entry.id);
            entries.push(IndexedEntry::new(entry, revision));
            sort_newest_first(entries);
        });
    }
}

impl JournalState {
    /// Created by the shell, so every journal screen shares one copy; nothing
    /// is read until a journal screen first asks for it.
    pub fn provide() -> JournalState {
        let state = JournalState {
            loaded: RwSignal::new(false),
            entries: RwSignal::new(Vec::new()),
            unreadable: RwSignal::new(0),
            load_error: RwSignal::new(None),
            just_deleted: RwSignal::new(None),
            held_drafts: StoredValue::new(Vec::new()),
            storage: use_store(),
        };
        if let Some(sync) = use_context::<TabSync>() {
            Effect::new(move |_| {
                if sync.touches(journal_store::NAMESPACE) && state.loaded.get_untracked() {
                    state.reload();
                }
            });
        }
        provide_context(state);
        state
    }
}

/// The journal, loaded on first use.
pub fn use_journal() -> JournalState {
    let state = use_context::<JournalState>().unwrap_or_else(JournalState::provide);
    if !state.loaded.get_untracked() {
        state.loaded.set(true);
        state.reload();
    }
    state
}
