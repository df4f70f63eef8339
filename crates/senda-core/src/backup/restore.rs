//! Replacing all of Senda's data with a backup's, all or nothing, with the
//! data it replaced kept as an undo copy for a day.
//!
//! 1. The current records are written into one undo record (one write: it is
//!    there whole or not at all), then a "pending" mark. Both are ordinary
//!    private records: sealed whenever a passphrase is set, re-sealed when it
//!    changes, removed by a wipe. The undo copy holds each record's data, not
//!    its stored text, so an undo after a passphrase change seals it afresh.
//! 2. The current records are removed and the backup's written. A failure
//!    puts the old records back from memory.
//! 3. The mark is removed. A tab closed during step 2 leaves the mark, and the
//!    next start (or unlock) rolls back from the undo copy (`recover`).
//!
//! Undo is a restore of the undo copy, which keeps what it replaces in turn.
//! The copy is removed once it is a day old (`expire`).
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::backup_records::BACKED_UP;
use crate::storage::codec;
use crate::storage::store::Backend;
use crate::storage::{Expect, RecordKey, StorageError, Store};

pub const NAMESPACE: &str = "restore";
/// How long a restore can be undone.
pub const UNDO_FOR_MS: i64 = 24 * 60 * 60 * 1000;
/// Where an earlier Senda kept the undo copy, in clear and for ever: removed
/// at start.
const LEGACY_SNAPSHOT_KEY: &str = "senda/restore/snapshot";

fn undo_key() -> RecordKey {
    RecordKey::new(NAMESPACE, "undo")
}

fn pending_key() -> RecordKey {
    RecordKey::new(NAMESPACE, "pending")
}

type Raw = BTreeMap<String, String>;

/// The records a restore replaced, and when.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UndoCopy {
    pub taken_ms: i64,
    pub records: BTreeMap<String, KeptRecord>,
}

impl UndoCopy {
    /// Whether it may still be used at `now_ms`: for a day after the restore.
    fn is_current(&self, now_ms: i64) -> bool {
        now_ms < self.taken_ms + UNDO_FOR_MS
    }
}

/// A record as it was: its data and revision, or, for one that could not be
/// read even then, its stored text untouched.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rev: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    raw: Option<String>,
}

pub fn replace_all<B: Backend>(store: &Store<B>, incoming: &Raw, now_ms: i64) -> Result<(), StorageError> {
    let backend = store.backend();
    let current = current_records(backend)?;
    let copy = UndoCopy { taken_ms: now_ms, records: keep(store, &current) };
    store.save(&undo_key(), &copy, Expect::Latest)?;
    store.save(&pending_key(), &true, Expect::Latest)?;
    if let Err(error) = swap(backend, &current, incoming) {
        // The old records fitted before, and the new ones are gone again.
        swap(backend, &current_records(backend)?, &current)?;
        store.remove(&pending_key(), Expect::Latest)?;
        return Err(error);
    }
    store.remove(&pending_key(), Expect::Latest)
}

/// Rolls back a restore that a closed tab interrupted. With a lock set it
/// waits for the unlock, when the undo copy can be read.
pub fn recover<B: Backend>(store: &Store<B>) -> Result<(), StorageError> {
    let backend = store.backend();
    backend.remove(LEGACY_SNAPSHOT_KEY)?;
    if backend.get(&pending_key().to_string())?.is_none() {
        return Ok(());
    }
    let copy = match store.load::<UndoCopy>(&undo_key()) {
        Err(StorageError::Locked) => return Ok(()),
        other => other?,
    };
    if let Some(copy) = copy {
        swap(backend, &current_records(backend)?, &stored_text(store, &copy.value)?)?;
    }
    backend.remove(&pending_key().to_string())
}

/// Whether the last restore can still be undone at `now_ms`.
pub fn can_undo<B: Backend>(store: &Store<B>, now_ms: i64) -> bool {
    matches!(store.load::<UndoCopy>(&undo_key()), Ok(Some(copy)) if copy.value.is_current(now_ms))
}

pub fn undo<B: Backend>(store: &Store<B>, now_ms: i64) -> Result<(), StorageError> {
    match store.load::<UndoCopy>(&undo_key())? {
        Some(copy) if copy.value.is_current(now_ms) => replace_all(store, &stored_text(store, &copy.value)?, now_ms),
        _ => Ok(()),
    }
}

/// Removes an undo copy older than a day (one that cannot be read is kept,
/// as every unreadable record is).
pub fn expire<B: Backend>(store: &Store<B>, now_ms: i64) -> Result<(), StorageError> {
    match store.load::<UndoCopy>(&undo_key()) {
        Ok(Some(copy)) if !copy.value.is_current(now_ms) => store.remove(&undo_key(), Expect::Revision(copy.revision)),
        Ok(_) | Err(StorageError::Locked | StorageError::Unreadable { .. }) => Ok(()),
        Err(other) => Err(other),
    }
}

/// What the shell does at start and at every unlock: `recover`, then
/// `expire`. Errors wait for the next start: the data they concern stays.
pub fn tidy<B: Backend>(store: &Store<B>, now_ms: i64) -> Result<(), StorageError> {
    recover(store)?;
    expire(store, now_ms)
}

fn keep<B: Backend>(store: &Store<B>, current: &Raw) -> BTreeMap<String, KeptRecord> {
    current
        .iter()
        .map(|(raw_key, raw)| {
            let decoded = RecordKey::parse(raw_key).and_then(|key| codec::decode::<Value>(&key, raw, store.key()).ok());
            let kept = match decoded {
                Some(stored) => KeptRecord { rev: Some(stored.revision), data: Some(stored.value), raw: None },
                None => KeptRecord { rev: None, data: None, raw: Some(raw.clone()) },
            };
            (raw_key.clone(), kept)
        })
        .collect()
}

/// The undo copy as stored text again, sealed with the key in use now.
fn stored_text<B: Backend>(store: &Store<B>, copy: &UndoCopy) -> Result<Raw, StorageError> {
    let mut raw = Raw::new();
    for (raw_key, kept) in &copy.records {
        let text = match (RecordKey::parse(raw_key), kept) {
            (Some(key), KeptRecord { rev: Some(rev), data: Some(data), .. }) => store.encode(&key, *rev, data)?,
            (_, KeptRecord { raw: Some(text), .. }) => text.clone(),
            _ => continue,
        };
        raw.insert(raw_key.clone(), text);
    }
    Ok(raw)
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
    use crate::vault::rekey::{NextLock, rekey};
    use crate::vault::vault_key::KdfParams;
    use crate::vault::vault_meta::VaultMeta;

    const NOW: i64 = 1_800_000_000_000;

    fn record(rev: u64, text: &str) -> String {
        format!(r#"{{"v":1,"rev":{rev},"data":"{text}"}}"#)
    }

    fn raw(pairs: &[(&str, &str)]) -> Raw {
        pairs.iter().map(|(k, v)| (k.to_string(), record(1, v))).collect()
    }

    fn device(pairs: &[(&str, &str)]) -> Store<MemoryBackend> {
        let store = Store::new(MemoryBackend::default());
        for (key, value) in pairs {
            store.backend().set(key, &record(1, value)).unwrap();
        }
        store
    }

    fn records(store: &Store<MemoryBackend>) -> Raw {
        current_records(store.backend()).unwrap()
    }

    #[test]
    fn a_restore_replaces_everything_and_can_be_undone_for_a_day() {
        let store = device(&[("senda/journal/old", "O"), ("senda/vault/tries", "M"), ("other-app", "X")]);
        store.backend().set("senda/journal/broken", "{ kept as it is").unwrap();
        let before = records(&store);
        let incoming = raw(&[("senda/journal/new", "N"), ("senda/settings/language", "L")]);
        replace_all(&store, &incoming, NOW).unwrap();
        assert_eq!(records(&store), incoming);
        assert_eq!(store.backend().get("senda/vault/tries").unwrap(), Some(record(1, "M")), "the lock's records stay");
        assert_eq!(store.backend().get("other-app").unwrap(), Some(record(1, "X")));
        assert!(can_undo(&store, NOW + UNDO_FOR_MS - 1));
        assert!(!can_undo(&store, NOW + UNDO_FOR_MS));
        undo(&store, NOW + 1).unwrap();
        assert_eq!(records(&store), before);
        undo(&store, NOW + 2).unwrap();
        assert_eq!(records(&store), incoming, "undo of the undo");
    }

    #[test]
    fn the_undo_copy_goes_after_a_day() {
        let store = device(&[("senda/journal/old", "O")]);
        replace_all(&store, &raw(&[("senda/journal/new", "N")]), NOW).unwrap();
        expire(&store, NOW + UNDO_FOR_MS - 1).unwrap();
        assert!(store.backend().get("senda/restore/undo").unwrap().is_some());
        expire(&store, NOW + UNDO_FOR_MS).unwrap();
        assert_eq!(store.backend().get("senda/restore/undo").unwrap(), None);
        undo(&store, NOW + UNDO_FOR_MS).unwrap();
        assert_eq!(records(&store), raw(&[("senda/journal/new", "N")]));
    }

    #[test]
    fn the_undo_copy_is_sealed_with_the_lock_and_undoes_after_a_change_of_passphrase() {
        let backend = MemoryBackend::default();
        Store::new(&backend).save(&RecordKey::new("journal", "a"), &"MARKER before", Expect::Absent).unwrap();
        replace_all(&Store::new(&backend), &raw(&[("senda/journal/b", "after")]), NOW).unwrap();
        let params = || KdfParams::with_cost(64, 1).unwrap();
        let (meta, key) = VaultMeta::create("first phrase", params()).unwrap();
        let set = rekey(&backend, None, None, NextLock::On { meta: &meta, key: &key }).unwrap();
        assert!(backend.entries.borrow().values().all(|value| !value.contains("MARKER")));
        let (second, second_key) = VaultMeta::create("second phrase", params()).unwrap();
        rekey(&backend, Some(&key), set.lock_revision, NextLock::On { meta: &second, key: &second_key }).unwrap();

        let unlocked = Store::unlocked(&backend, Some(second_key));
        assert!(can_undo(&unlocked, NOW + 5));
        undo(&unlocked, NOW + 5).unwrap();
        let journal = unlocked.load_namespace::<String>("journal").unwrap();
        assert!(journal.unreadable.is_empty());
        assert_eq!(journal.records.into_iter().map(|(_, s)| s.value).collect::<Vec<_>>(), ["MARKER before"]);
        assert!(backend.entries.borrow().values().all(|value| !value.contains("MARKER")));
    }

    #[test]
    fn a_full_quota_in_the_middle_leaves_the_old_data() {
        let store = device(&[("senda/journal/a", "aaaa"), ("senda/journal/b", "bbbb")]);
        let before = records(&store);
        replace_all(&store, &raw(&[("senda/journal/z", "z")]), NOW).unwrap();
        undo(&store, NOW).unwrap();
        let used: usize = store.backend().entries.borrow().iter().map(|(k, v)| k.len() + v.len()).sum();
        let tight =
            Store::new(MemoryBackend { entries: store.backend().entries.clone(), quota_bytes: Some(used + 40) });
        let incoming = raw(&[("senda/journal/x", &"x".repeat(60)), ("senda/journal/y", "y")]);
        assert_eq!(replace_all(&tight, &incoming, NOW), Err(StorageError::QuotaExceeded));
        assert_eq!(records(&tight), before);
        assert_eq!(tight.backend().get("senda/restore/pending").unwrap(), None);
    }

    #[test]
    fn a_restore_cut_short_by_a_closed_tab_is_rolled_back_at_the_next_start() {
        let store = device(&[("senda/journal/a", "A")]);
        let before = records(&store);
        let copy = UndoCopy { taken_ms: NOW, records: keep(&store, &before) };
        store.save(&undo_key(), &copy, Expect::Absent).unwrap();
        store.save(&pending_key(), &true, Expect::Absent).unwrap();
        store.backend().remove("senda/journal/a").unwrap();
        store.backend().set("senda/journal/half", &record(1, "H")).unwrap();
        store.backend().set(LEGACY_SNAPSHOT_KEY, r#"{"senda/journal/a":"in clear"}"#).unwrap();
        recover(&store).unwrap();
        assert_eq!(records(&store), before);
        assert_eq!(store.backend().get("senda/restore/pending").unwrap(), None);
        assert_eq!(store.backend().get(LEGACY_SNAPSHOT_KEY).unwrap(), None, "the old clear copy goes");
    }
}
