//! Setting, changing or removing the passphrase re-seals every private
//! record. localStorage has no transactions, so it happens in three steps
//! that leave a working state whenever the tab is closed or the space runs
//! out:
//!
//! 1. each record, sealed for the new lock, is written beside the original
//!    under `senda/vault-next/…` (a full quota stops here: the copies are
//!    removed, the old passphrase works, nothing changed);
//! 2. the lock record is replaced (or removed) in one write: the commit;
//! 3. each copy replaces its original.
//!
//! `recover` finishes or undoes an interrupted run on the next start: a copy
//! that the current lock opens belongs to a committed change and is moved in
//! place; any other copy is dropped.
//!
//! The key a change starts from is derived from the passphrase she has just
//! typed, never taken from a tab's memory, and the commit happens only if the
//! lock record is still the one she typed it against: with two tabs open, a
//! change in one can never be followed by a re-key from a stale key in the
//! other, which would leave every record sealed for nobody.
use serde_json::Value;

use super::vault_key::VaultKey;
use super::vault_meta::{self, VaultMeta, meta_key};
use crate::storage::codec;
use crate::storage::sealing::{Sealer, is_private};
use crate::storage::store::Backend;
use crate::storage::store::encode_error;
use crate::storage::{RecordKey, StorageError, Store};

pub const STAGING_PREFIX: &str = "senda/vault-next/";
/// Set for as long as a change is under way, so that `recover`, which runs
/// at every start, looks for copies only when there can be some.
const UNDER_WAY_KEY: &str = "senda/vault/rekey-under-way";

/// What a finished change left: the lock record's new revision, and the
/// records that the old key could not open, kept as they were and named so
/// that she is told.
#[derive(Debug, PartialEq)]
pub struct Rekeyed {
    pub lock_revision: Option<u64>,
    pub unreadable: Vec<String>,
}

/// The lock wanted after the change.
pub enum NextLock<'a> {
    On { meta: &'a VaultMeta, key: &'a VaultKey },
    Off,
}

impl NextLock<'_> {
    fn key(&self) -> Option<&VaultKey> {
        match self {
            Self::On { key, .. } => Some(key),
            Self::Off => None,
        }
    }
}

/// Re-seals every private record for `next`. `current` is the key of the
/// lock as it is now, derived from what she typed (None without a lock), and
/// `seen` the revision of the lock record she typed it against (None without
/// a lock); if another tab changed the lock since, nothing changes and the
/// answer is `StorageError::Conflict`. Records that `current` cannot open are
/// left as they are and named in the answer.
pub fn rekey<B: Backend>(
    backend: &B,
    current: Option<&VaultKey>,
    seen: Option<u64>,
    next: NextLock,
) -> Result<Rekeyed, StorageError> {
    if vault_meta::revision(backend)? != seen {
        return Err(StorageError::Conflict { key: meta_key().to_string() });
    }
    let (staged, unreadable) = stage(backend, current, next.key())?;
    let lock_revision = match commit(backend, seen, &next) {
        Ok(revision) => revision,
        Err(error) => {
            drop_copies(backend, &staged);
            return Err(error);
        }
    };
    move_in_place(backend, &staged)?;
    backend.remove(UNDER_WAY_KEY)?;
    Ok(Rekeyed { lock_revision, unreadable })
}

/// Step 1; on failure every copy written so far is removed again. Answers
/// the records copied and those `current` could not open.
fn stage<B: Backend>(
    backend: &B,
    current: Option<&VaultKey>,
    next: Option<&VaultKey>,
) -> Result<(Vec<RecordKey>, Vec<String>), StorageError> {
    backend.set(UNDER_WAY_KEY, "1")?;
    let mut staged = Vec::new();
    let mut unreadable = Vec::new();
    for key in private_keys(backend)? {
        let Some(raw) = backend.get(&key.to_string())? else { continue };
        let Ok(stored) = codec::decode::<Value>(&key, &raw, current.map(as_sealer)) else {
            unreadable.push(key.to_string());
            continue;
        };
        let written = codec::encode(&key, stored.revision, &stored.value, next.map(as_sealer))
            .map_err(|error| encode_error(&key, error))
            .and_then(|copy| backend.set(&staging_key(&key), &copy));
        if let Err(error) = written {
            drop_copies(backend, &staged);
            return Err(error);
        }
        staged.push(key);
    }
    Ok((staged, unreadable))
}

fn commit<B: Backend>(backend: &B, seen: Option<u64>, next: &NextLock) -> Result<Option<u64>, StorageError> {
    let meta = match next {
        NextLock::On { meta, .. } => Some(*meta),
        NextLock::Off => None,
    };
    vault_meta::replace(&Store::new(backend), seen, meta)
}

fn move_in_place<B: Backend>(backend: &B, staged: &[RecordKey]) -> Result<(), StorageError> {
    for key in staged {
        let copy = staging_key(key);
        if let Some(raw) = backend.get(&copy)? {
            backend.set(&key.to_string(), &raw)?;
            backend.remove(&copy)?;
        }
    }
    Ok(())
}

/// Undoes step 1 after a failure. Best effort: whatever is left behind
/// keeps the mark, and `recover` drops it later.
fn drop_copies<B: Backend>(backend: &B, staged: &[RecordKey]) {
    for key in staged {
        if backend.remove(&staging_key(key)).is_err() {
            return;
        }
    }
    let _ = backend.remove(UNDER_WAY_KEY);
}

/// Finishes or undoes a change interrupted by a closed tab. With a lock set
/// and no key yet it waits for the unlock, when it can tell copies apart.
pub fn recover<B: Backend>(backend: &B, current: Option<&VaultKey>) -> Result<(), StorageError> {
    if backend.get(UNDER_WAY_KEY)?.is_none() {
        return Ok(());
    }
    let lock_on = vault_meta::is_set(backend)?;
    if lock_on && current.is_none() {
        return Ok(());
    }
    for copy in backend.keys()?.into_iter().filter(|raw| raw.starts_with(STAGING_PREFIX)) {
        let Some(raw) = backend.get(&copy)? else { continue };
        let target = RecordKey::parse(&format!("senda/{}", &copy[STAGING_PREFIX.len()..]));
        let belongs = target.as_ref().is_some_and(|target| {
            codec::is_sealed(&raw) == lock_on && codec::decode::<Value>(target, &raw, current.map(as_sealer)).is_ok()
        });
        match target {
            Some(target) if belongs => {
                backend.set(&target.to_string(), &raw)?;
                backend.remove(&copy)?;
            }
            _ => backend.remove(&copy)?,
        }
    }
    backend.remove(UNDER_WAY_KEY)
}

fn private_keys<B: Backend>(backend: &B) -> Result<Vec<RecordKey>, StorageError> {
    Ok(backend
        .keys()?
        .iter()
        .filter_map(|raw| RecordKey::parse(raw))
        .filter(|key| is_private(key.namespace()))
        .collect())
}

fn as_sealer(key: &VaultKey) -> &dyn Sealer {
    key
}

fn staging_key(key: &RecordKey) -> String {
    format!("{STAGING_PREFIX}{}/{}", key.namespace(), key.id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Expect;
    use crate::storage::store::memory::MemoryBackend;
    use crate::vault::vault_key::KdfParams;
    use std::collections::BTreeMap;

    fn lock(passphrase: &str) -> (VaultMeta, VaultKey) {
        VaultMeta::create(passphrase, KdfParams::with_cost(64, 1).unwrap()).unwrap()
    }

    fn journal_with(backend: &MemoryBackend, texts: &[&str]) {
        let store = Store::new(backend);
        store.save(&RecordKey::new("settings", "language"), &"ca", Expect::Latest).unwrap();
        for (index, text) in texts.iter().enumerate() {
            store.save(&RecordKey::new("journal", &index.to_string()), text, Expect::Absent).unwrap();
        }
    }

    fn read_all(backend: &MemoryBackend, key: Option<&VaultKey>) -> Vec<String> {
        let store = Store::unlocked(backend, key.cloned());
        let loaded = store.load_namespace::<String>("journal").unwrap();
        assert!(loaded.unreadable.is_empty());
        loaded.records.into_iter().map(|(_, stored)| stored.value).collect()
    }

    fn snapshot(backend: &MemoryBackend) -> BTreeMap<String, String> {
        backend.entries.borrow().clone()
    }

    #[test]
    fn setting_changing_and_removing_the_lock_keeps_every_entry() {
        let backend = MemoryBackend::default();
        journal_with(&backend, &["MARKER one", "MARKER two"]);
        let (meta, key) = lock("first");
        let set = rekey(&backend, None, None, NextLock::On { meta: &meta, key: &key }).unwrap();
        assert!(set.unreadable.is_empty());
        let stored = snapshot(&backend);
        assert!(stored.iter().filter(|(k, _)| k.starts_with("senda/journal/")).all(|(_, v)| !v.contains("MARKER")));
        assert!(stored["senda/settings/language"].contains("ca"), "settings stay readable");
        assert_eq!(read_all(&backend, Some(&key)), ["MARKER one", "MARKER two"]);

        let (new_meta, new_key) = lock("second");
        let changed =
            rekey(&backend, Some(&key), set.lock_revision, NextLock::On { meta: &new_meta, key: &new_key }).unwrap();
        assert_eq!(read_all(&backend, Some(&new_key)), ["MARKER one", "MARKER two"]);
        assert!(vault_meta::load(&Store::new(&backend)).unwrap().unwrap().value.unlock("first").is_err());

        rekey(&backend, Some(&new_key), changed.lock_revision, NextLock::Off).unwrap();
        assert!(!vault_meta::is_set(&backend).unwrap());
        assert_eq!(read_all(&backend, None), ["MARKER one", "MARKER two"]);
        assert!(!snapshot(&backend).keys().any(|k| k.starts_with(STAGING_PREFIX)));
    }

    #[test]
    fn a_full_quota_leaves_the_old_passphrase_and_every_byte_as_they_were() {
        let backend = MemoryBackend::default();
        journal_with(&backend, &["one", "two", "three"]);
        let (meta, key) = lock("first");
        let set = rekey(&backend, None, None, NextLock::On { meta: &meta, key: &key }).unwrap();
        let before = snapshot(&backend);
        let used: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
        let full = MemoryBackend { entries: before.clone().into(), quota_bytes: Some(used + 300) };
        let (new_meta, new_key) = lock("second");
        assert_eq!(
            rekey(&full, Some(&key), set.lock_revision, NextLock::On { meta: &new_meta, key: &new_key }),
            Err(StorageError::QuotaExceeded)
        );
        assert_eq!(snapshot(&full), before);
        assert_eq!(read_all(&full, Some(&key)), ["one", "two", "three"]);
    }

    #[test]
    fn a_tab_closed_after_the_commit_is_finished_on_the_next_unlock() {
        let backend = MemoryBackend::default();
        journal_with(&backend, &["one", "two"]);
        let (meta, key) = lock("first");
        let (staged, _) = stage(&backend, None, Some(&key)).unwrap();
        commit(&backend, None, &NextLock::On { meta: &meta, key: &key }).unwrap();
        move_in_place(&backend, &staged[..1]).unwrap(); // closed half-way
        let unlocked = vault_meta::load(&Store::new(&backend)).unwrap().unwrap().value.unlock("first").unwrap();
        recover(&backend, Some(&unlocked)).unwrap();
        assert_eq!(read_all(&backend, Some(&unlocked)), ["one", "two"]);
        assert!(!snapshot(&backend).keys().any(|k| k.starts_with(STAGING_PREFIX)));
    }

    #[test]
    fn a_tab_closed_before_the_commit_changes_nothing() {
        let backend = MemoryBackend::default();
        journal_with(&backend, &["one", "two"]);
        let before = snapshot(&backend);
        let (_, key) = lock("never committed");
        stage(&backend, None, Some(&key)).unwrap();
        recover(&backend, None).unwrap();
        assert_eq!(snapshot(&backend), before);
    }

    #[test]
    fn a_removal_closed_before_the_commit_keeps_the_lock() {
        let backend = MemoryBackend::default();
        journal_with(&backend, &["one"]);
        let (meta, key) = lock("first");
        rekey(&backend, None, None, NextLock::On { meta: &meta, key: &key }).unwrap();
        let before = snapshot(&backend);
        stage(&backend, Some(&key), None).unwrap(); // clear copies, lock still set
        recover(&backend, Some(&key)).unwrap();
        assert_eq!(snapshot(&backend), before);
    }

    /// Two tabs unlocked with the first passphrase; one changes it. The other
    /// can no longer re-key from what it holds: every record still opens with
    /// the passphrase that was set last.
    #[test]
    fn a_change_from_a_tab_that_missed_another_change_is_refused() {
        let backend = MemoryBackend::default();
        journal_with(&backend, &["one", "two"]);
        let (meta, key) = lock("first");
        let set = rekey(&backend, None, None, NextLock::On { meta: &meta, key: &key }).unwrap();
        let (second_meta, second_key) = lock("second");
        rekey(&backend, Some(&key), set.lock_revision, NextLock::On { meta: &second_meta, key: &second_key }).unwrap();
        let before = snapshot(&backend);

        let (third_meta, third_key) = lock("third");
        let stale = rekey(&backend, Some(&key), set.lock_revision, NextLock::On { meta: &third_meta, key: &third_key });
        assert!(matches!(stale, Err(StorageError::Conflict { .. })));
        assert!(matches!(
            rekey(&backend, Some(&key), set.lock_revision, NextLock::Off),
            Err(StorageError::Conflict { .. })
        ));
        assert_eq!(snapshot(&backend), before);
        assert_eq!(read_all(&backend, Some(&second_key)), ["one", "two"]);
    }

    #[test]
    fn a_record_the_key_cannot_open_is_named_and_kept() {
        let backend = MemoryBackend::default();
        journal_with(&backend, &["one"]);
        backend.set("senda/journal/broken", "{ half a record").unwrap();
        let (meta, key) = lock("first");
        let set = rekey(&backend, None, None, NextLock::On { meta: &meta, key: &key }).unwrap();
        assert_eq!(set.unreadable, ["senda/journal/broken"]);
        assert_eq!(backend.get("senda/journal/broken").unwrap().as_deref(), Some("{ half a record"));
    }
}
