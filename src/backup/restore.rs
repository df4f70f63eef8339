//! Replacing all of Senda's data with a backup's, all or nothing, with the
//! data it replaced kept as a snapshot so the restore can be undone.
//!
//! 1. The current records are written, as stored, into one snapshot record
//!    (one write: it is there whole or not at all), then a "pending" mark.
//! 2. The current records are removed and the backup's written. A failure
//!    puts the old records back from memory.
//! 3. The mark is removed. A tab closed during step 2 leaves the mark, and the
//!    next start rolls back from the snapshot (`recover`).
//!
//! Undo is a restore of the snapshot, which snapshots what it replaces in turn.
use std::collections::BTreeMap;

use super::backup_records::BACKED_UP;
use crate::storage::store::Backend;
use crate::storage::{RecordKey, StorageError};

pub const SNAPSHOT_KEY: &str = "senda/restore/snapshot";
pub const PENDING_KEY: &str = "senda/restore/pending";

type Raw = BTreeMap<String, String>;

pub fn replace_all<B: Backend>(backend: &B, incoming: &Raw) -> Result<(), StorageError> {
    let current = current_records(backend)?;
    let snapshot = serde_json::to_string(&current).map_err(|_| StorageError::Unavailable)?;
    backend.set(SNAPSHOT_KEY, &snapshot)?;
    backend.set(PENDING_KEY, "1")?;
    if let Err(error) = swap(backend, &current, incoming) {
        // The old records fitted before, and the new ones are gone again.
        swap(backend, &current_records(backend)?, &current)?;
        backend.remove(PENDING_KEY)?;
        return Err(error);
    }
    backend.remove(PENDING_KEY)
}

/// Rolls back a restore that a closed tab interrupted.
pub fn recover<B: Backend>(backend: &B) -> Result<(), StorageError> {
    if backend.get(PENDING_KEY)?.is_none() {
        return Ok(());
    }
    if let Some(snapshot) = read_snapshot(backend)? {
        swap(backend, &current_records(backend)?, &snapshot)?;
    }
    backend.remove(PENDING_KEY)
}

/// Whether the last restore can be undone.
pub fn can_undo<B: Backend>(backend: &B) -> bool {
    backend.get(SNAPSHOT_KEY).is_ok_and(|snapshot| snapshot.is_some())
}

pub fn undo<B: Backend>(backend: &B) -> Result<(), StorageError> {
    match read_snapshot(backend)? {
        Some(snapshot) => replace_all(backend, &snapshot),
        None => Ok(()),
    }
}

fn read_snapshot<B: Backend>(backend: &B) -> Result<Option<Raw>, StorageError> {
    match backend.get(SNAPSHOT_KEY)? {
        None => Ok(None),
        Some(text) => {
            serde_json::from_str(&text).map(Some).map_err(|_| StorageError::Unreadable { key: SNAPSHOT_KEY.to_owned() })
        }
    }
}

/// Removes `old`'s keys, then writes `new`.
fn swap<B: Backend>(backend: &B, old: &Raw, new: &Raw) -> Result<(), StorageError> {
    for key in old.keys() {
        backend.remove(key)?;
    }
    for (key, raw) in new {
        backend.set(key, raw)?;
    }
    Ok(())
}

fn current_records<B: Backend>(backend: &B) -> Result<Raw, StorageError> {
    let mut records = Raw::new();
    for key in backend.keys()? {
        let backed_up = RecordKey::parse(&key).is_some_and(|parsed| BACKED_UP.contains(&parsed.namespace()));
        if backed_up && let Some(raw) = backend.get(&key)? {
            records.insert(key, raw);
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::memory::MemoryBackend;

    fn raw(pairs: &[(&str, &str)]) -> Raw {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn device(pairs: &[(&str, &str)]) -> MemoryBackend {
        let backend = MemoryBackend::default();
        for (key, value) in pairs {
            backend.set(key, value).unwrap();
        }
        backend
    }

    fn records(backend: &MemoryBackend) -> Raw {
        current_records(backend).unwrap()
    }

    #[test]
    fn a_restore_replaces_everything_and_can_be_undone() {
        let backend = device(&[("senda/journal/old", "O"), ("senda/vault/meta", "M"), ("other-app", "X")]);
        let incoming = raw(&[("senda/journal/new", "N"), ("senda/settings/language", "L")]);
        replace_all(&backend, &incoming).unwrap();
        assert_eq!(records(&backend), incoming);
        assert_eq!(backend.get("senda/vault/meta").unwrap().as_deref(), Some("M"), "the lock stays");
        assert_eq!(backend.get("other-app").unwrap().as_deref(), Some("X"));
        assert!(can_undo(&backend));
        undo(&backend).unwrap();
        assert_eq!(records(&backend), raw(&[("senda/journal/old", "O")]));
        undo(&backend).unwrap();
        assert_eq!(records(&backend), incoming, "undo of the undo");
    }

    #[test]
    fn a_full_quota_in_the_middle_leaves_the_old_data() {
        let backend = device(&[("senda/journal/a", "aaaa"), ("senda/journal/b", "bbbb")]);
        let before = records(&backend);
        let used: usize = backend.entries.borrow().iter().map(|(k, v)| k.len() + v.len()).sum();
        let snapshot_room = serde_json::to_string(&before).unwrap().len() + SNAPSHOT_KEY.len() + PENDING_KEY.len() + 1;
        let tight = MemoryBackend { entries: backend.entries.clone(), quota_bytes: Some(used + snapshot_room + 10) };
        let incoming = raw(&[("senda/journal/x", &"x".repeat(60)), ("senda/journal/y", "y")]);
        assert_eq!(replace_all(&tight, &incoming), Err(StorageError::QuotaExceeded));
        assert_eq!(records(&tight), before);
        assert_eq!(tight.get(PENDING_KEY).unwrap(), None);
    }

    #[test]
    fn a_restore_cut_short_by_a_closed_tab_is_rolled_back_at_the_next_start() {
        let backend = device(&[("senda/journal/a", "A")]);
        let before = records(&backend);
        backend.set(SNAPSHOT_KEY, &serde_json::to_string(&before).unwrap()).unwrap();
        backend.set(PENDING_KEY, "1").unwrap();
        backend.remove("senda/journal/a").unwrap();
        backend.set("senda/journal/half", "H").unwrap();
        recover(&backend).unwrap();
        assert_eq!(records(&backend), before);
        assert_eq!(backend.get(PENDING_KEY).unwrap(), None);
    }
}
