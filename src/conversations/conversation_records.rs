//! The conversation records as the screens see them: every conversation
//! screen reads and writes them through this one handle, never the store
//! itself (the checklist has its own state, `checklist_state`).

use super::conversation::Conversation;
use super::conversation_store as records;
use crate::storage::StorageError;
use crate::storage::store_handle::{StoreHandle, use_store};

#[derive(Clone, Copy)]
pub struct ConversationRecords {
    storage: StoreHandle,
}

impl ConversationRecords {
    /// Every readable conversation, newest first, with its revision, and how
    /// many could not be read.
    pub fn all(&self) -> Result<(Vec<(Conversation, u64)>, usize), StorageError> {
        records::all(&self.storage.store())
    }

    /// Every readable conversation, newest first, without revisions.
    pub fn list(&self) -> Result<Vec<Conversation>, StorageError> {
        Ok(self.all()?.0.into_iter().map(|(conversation, _)| conversation).collect())
    }

    pub fn load(&self, id: &str) -> Result<Option<(Conversation, u64)>, StorageError> {
        records::load(&self.storage.store(), id)
    }

    /// Saves over the revision read (None: a new record); answers the new one.
    pub fn save(&self, conversation: &Conversation, read_at: Option<u64>) -> Result<u64, StorageError> {
        records::save(&self.storage.store(), conversation, read_at)
    }

    pub fn programme_start(&self) -> Option<String> {
        records::programme_start(&self.storage.store())
    }

    pub fn save_programme_start(&self, day: &str) -> Result<(), StorageError> {
        records::save_programme_start(&self.storage.store(), day)
    }
}

/// The conversation records, over the store the root provided.
pub fn use_conversation_records() -> ConversationRecords {
    ConversationRecords { storage: use_store() }
}
