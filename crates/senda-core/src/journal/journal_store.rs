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

/// Drafts that hold words her saved entries do not: what the journal offers
/// to continue. A draft whose entry is gone is offered too (its words are
/// hers); one that matches its entry is not, nor a new one whose title and
/// body an entry already has (earlier builds left one behind after a save).
pub fn unfinished_drafts<B: Backend>(store: &Store<B>, entries: &[IndexedEntry]) -> Vec<Draft> {
    let Ok(loaded) = store.load_namespace::<Draft>(DRAFTS) else { return Vec::new() };
    loaded
        .records
        .into_iter()
        .map(|(_, stored)| stored.value)
        .filter(|draft| {
            let saved = draft.entry_id.as_deref().and_then(|id| entries.iter().find(|indexed| indexed.entry.id == id));
            match saved {
                Some(indexed) => draft.has_unsaved_words(Some(&indexed.entry)),
                None if draft.entry_id.is_some() => true,
                None => {
                    draft.has_unsaved_words(None)
                        && !entries
                            .iter()
                            .any(|indexed| indexed.entry.title == draft.title && indexed.entry.body == draft.body)
                }
            }
        })
        .collect()
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
    fn only_drafts_with_words_her_entries_lack_are_offered_to_continue() {
        let store = Store::new(MemoryBackend::default());
        let saved = entry("a", "2026-11-01T10:00", "Title", "Saved words", &[], None);
        save(&store, &saved.entry, None).unwrap();
        let entries = vec![saved.clone()];
        assert!(unfinished_drafts(&store, &entries).is_empty());

        save_draft(&store, &Draft::blank("2026-11-30T10:00".into())).unwrap();
        assert!(unfinished_drafts(&store, &entries).is_empty(), "an empty new draft is nothing to continue");
        save_draft(&store, &Draft::from_entry(&saved.entry)).unwrap();
        assert!(unfinished_drafts(&store, &entries).is_empty(), "a draft equal to its entry neither");
        let left_behind =
            Draft { title: "Title".into(), body: "Saved words".into(), ..Draft::blank("2026-11-01T10:00".into()) };
        save_draft(&store, &left_behind).unwrap();
        assert!(unfinished_drafts(&store, &entries).is_empty(), "nor a new draft an entry already holds");

        let new = Draft { body: "Half a thought".into(), ..Draft::blank("2026-11-30T10:00".into()) };
        save_draft(&store, &new).unwrap();
        let edit = Draft { body: "Saved words, and more".into(), ..Draft::from_entry(&saved.entry) };
        save_draft(&store, &edit).unwrap();
        let mut offered = unfinished_drafts(&store, &entries);
        offered.sort_by(|one, other| one.id().cmp(other.id()));
        assert_eq!(offered, [edit, new]);
    }

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
