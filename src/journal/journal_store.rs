//! The journal's records: one per entry under `senda/journal/<id>`, one per
//! open draft under `senda/journal-drafts/<id or "new">`.
use super::draft::Draft;
use super::entry::JournalEntry;
use super::journal_query::{IndexedEntry, sort_newest_first};
use super::trash::is_expired;
use crate::storage::store::Backend;
use crate::storage::{Expect, RecordKey, StorageError, Store};

pub const NAMESPACE: &str = "journal";
pub const DRAFTS: &str = "journal-drafts";

pub fn entry_key(id: &str) -> RecordKey {
    RecordKey::new(NAMESPACE, id)
}

fn draft_key(draft_id: &str) -> RecordKey {
    RecordKey::new(DRAFTS, draft_id)
}

/// Every entry, newest first, and how many stored entries could not be read.
pub struct Journal {
    pub entries: Vec<IndexedEntry>,
    pub unreadable: usize,
}

/// Loads the journal and removes for good what was deleted over 30 days ago.
pub fn load<B: Backend>(store: &Store<B>, now_ms: i64) -> Result<Journal, StorageError> {
    let loaded = store.load_namespace::<JournalEntry>(NAMESPACE)?;
    let mut entries = Vec::with_capacity(loaded.records.len());
    for (key, stored) in loaded.records {
        let indexed = IndexedEntry::new(stored.value, stored.revision);
        // A failed purge only means it is tried again next time.
        if is_expired(&indexed, now_ms) && store.remove(&key, Expect::Revision(indexed.revision)).is_ok() {
            continue;
        }
        entries.push(indexed);
    }
    sort_newest_first(&mut entries);
    Ok(Journal { entries, unreadable: loaded.unreadable.len() })
}

/// Saves an entry; `revision` is the one it was read at (`None` for a new one).
pub fn save<B: Backend>(store: &Store<B>, entry: &JournalEntry, revision: Option<u64>) -> Result<u64, StorageError> {
    store.save(&entry_key(&entry.id), entry, revision.map_or(Expect::Absent, Expect::Revision))
}

pub fn load_draft<B: Backend>(store: &Store<B>, draft_id: &str) -> Option<Draft> {
    store.load::<Draft>(&draft_key(draft_id)).ok().flatten().map(|stored| stored.value)
}

/// Drafts belong to one editor at a time; the latest keystrokes win.
pub fn save_draft<B: Backend>(store: &Store<B>, draft: &Draft) -> Result<(), StorageError> {
    store.save(&draft_key(draft.id()), draft, Expect::Latest).map(|_| ())
}

pub fn discard_draft<B: Backend>(store: &Store<B>, draft_id: &str) -> Result<(), StorageError> {
    store.remove(&draft_key(draft_id), Expect::Latest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::journal_query::tests::entry;
    use crate::storage::store::memory::MemoryBackend;

    #[test]
    fn entries_come_back_newest_first_and_old_deletions_are_purged() {
        let store = Store::new(MemoryBackend::default());
        let mut gone = entry("gone", "2026-01-01T10:00", "", "x", &[], None).entry;
        gone.deleted_ms = Some(0);
        save(&store, &gone, None).unwrap();
        save(&store, &entry("old", "2026-01-01T10:00", "", "x", &[], None).entry, None).unwrap();
        save(&store, &entry("new", "2026-02-01T10:00", "", "x", &[], None).entry, None).unwrap();
        store.backend().set("senda/journal/broken", "not a record").unwrap();

        let journal = load(&store, 31 * 24 * 60 * 60 * 1000 + 1).unwrap();
        let ids: Vec<&str> = journal.entries.iter().map(|e| e.entry.id.as_str()).collect();
        assert_eq!(ids, ["new", "old"]);
        assert_eq!(journal.unreadable, 1);
        assert!(store.backend().get("senda/journal/gone").unwrap().is_none());
        assert!(store.backend().get("senda/journal/broken").unwrap().is_some());
    }

    #[test]
    fn a_draft_survives_until_discarded() {
        let store = Store::new(MemoryBackend::default());
        let draft = Draft { body: "typed".into(), ..Draft::blank("2026-11-29T10:00".into()) };
        save_draft(&store, &draft).unwrap();
        assert_eq!(load_draft(&store, "new"), Some(draft));
        discard_draft(&store, "new").unwrap();
        assert_eq!(load_draft(&store, "new"), None);
    }
}
