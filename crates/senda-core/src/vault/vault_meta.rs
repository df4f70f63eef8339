//! The lock's own record, readable without the passphrase: how the key is
//! derived, and a sealed check phrase that tells a right passphrase from a
//! wrong one before any record is touched.
use serde::{Deserialize, Serialize};

use super::vault_key::{KdfParams, VaultKey};
use crate::storage::codec::{self, Stored};
use crate::storage::sealing::SealError;
use crate::storage::store::Backend;
use crate::storage::{Expect, RecordKey, StorageError, Store};

const CHECK_TEXT: &[u8] = b"senda-vault-check";
const CHECK_BINDING: &[u8] = b"senda/vault/check";

pub fn meta_key() -> RecordKey {
    crate::storage::sealing::lock_record()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VaultMeta {
    pub kdf: KdfParams,
    check: String,
}

impl VaultMeta {
    /// A new lock for `passphrase`: its parameters and the key they give.
    pub fn create(passphrase: &str, kdf: KdfParams) -> Result<(Self, VaultKey), SealError> {
        let key = VaultKey::derive(passphrase, &kdf)?;
        let check = key.seal(CHECK_BINDING, CHECK_TEXT)?;
        Ok((Self { kdf, check }, key))
    }

    pub fn unlock(&self, passphrase: &str) -> Result<VaultKey, SealError> {
        let key = VaultKey::derive(passphrase, &self.kdf)?;
        match key.open(CHECK_BINDING, &self.check) {
            Ok(text) if text.as_slice() == CHECK_TEXT => Ok(key),
            Ok(_) | Err(SealError::WrongKey) => Err(SealError::WrongKey),
            Err(other) => Err(other),
        }
    }
}

/// The lock set on this device, if any, with the revision of its record: a
/// tab keeps that revision with its key, and its key is good only while the
/// record is still at it (another tab may have changed the passphrase). An
/// unreadable lock record is an error, never "no lock": that would let
/// private text be written in clear.
pub fn load<B: Backend>(store: &Store<B>) -> Result<Option<Stored<VaultMeta>>, StorageError> {
    store.load::<VaultMeta>(&meta_key())
}

pub fn is_set<B: Backend>(backend: &B) -> Result<bool, StorageError> {
    Ok(backend.get(&meta_key().to_string())?.is_some())
}

/// The revision of the lock record now, without reading the rest of it.
pub fn revision<B: Backend>(backend: &B) -> Result<Option<u64>, StorageError> {
    match backend.get(&meta_key().to_string())? {
        None => Ok(None),
        Some(raw) => {
            codec::revision_of(&raw).map(Some).map_err(|_| StorageError::Unreadable { key: meta_key().to_string() })
        }
    }
}

/// The lock record exactly as a tab's key was derived against it. The
/// revision alone cannot say it is still the same lock: removing the
/// passphrase and setting another starts again at revision 1, and a tab that
/// missed both (frozen, or in the back/forward cache) would go on sealing
/// with a key nobody can derive any more. Each lock's check is sealed with a
/// fresh nonce and each change bumps the revision, so the text differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockSeen(String);

impl LockSeen {
    pub fn revision(&self) -> Option<u64> {
        codec::revision_of(&self.0).ok()
    }
}

/// The lock record as it is stored now; None without a lock.
pub fn seen_now<B: Backend>(backend: &B) -> Result<Option<LockSeen>, StorageError> {
    Ok(backend.get(&meta_key().to_string())?.map(LockSeen))
}

/// Writes the lock record only if it is still the one the caller unlocked
/// with (`seen`, None for "no lock"): the compare-and-swap that keeps two
/// tabs from each re-keying with what they believe the lock to be.
pub(crate) fn replace<B: Backend>(
    store: &Store<B>,
    seen: Option<u64>,
    next: Option<&VaultMeta>,
) -> Result<Option<u64>, StorageError> {
    let expect = seen.map_or(Expect::Absent, Expect::Revision);
    match next {
        Some(meta) => store.save(&meta_key(), meta, expect).map(Some),
        None if seen.is_none() => Err(StorageError::Conflict { key: meta_key().to_string() }),
        None => store.remove(&meta_key(), expect).map(|()| None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_passphrase_unlocks_and_a_wrong_one_does_not() {
        let (meta, key) = VaultMeta::create("una frase larga", KdfParams::with_cost(64, 1).unwrap()).unwrap();
        let unlocked = meta.unlock("una frase larga").unwrap();
        let sealed = key.seal(b"k", b"x").unwrap();
        assert_eq!(unlocked.open(b"k", &sealed).unwrap().as_slice(), b"x");
        assert_eq!(meta.unlock("una frase larga ").unwrap_err(), SealError::WrongKey);
        assert_eq!(meta.unlock("").unwrap_err(), SealError::WrongKey);
    }

    #[test]
    fn the_lock_record_is_replaced_only_from_the_revision_the_tab_saw() {
        use crate::storage::store::memory::MemoryBackend;
        let store = Store::new(MemoryBackend::default());
        let params = || KdfParams::with_cost(64, 1).unwrap();
        let (first, _) = VaultMeta::create("first phrase", params()).unwrap();
        let (second, _) = VaultMeta::create("second phrase", params()).unwrap();
        let (third, _) = VaultMeta::create("third phrase", params()).unwrap();
        let set = replace(&store, None, Some(&first)).unwrap();
        assert!(matches!(replace(&store, None, Some(&second)), Err(StorageError::Conflict { .. })), "set twice");
        // Tab one changes it; tab two still holds the revision it unlocked at.
        let changed = replace(&store, set, Some(&second)).unwrap();
        assert!(matches!(replace(&store, set, Some(&third)), Err(StorageError::Conflict { .. })));
        assert!(matches!(replace(&store, set, None), Err(StorageError::Conflict { .. })));
        assert_eq!(load(&store).unwrap().unwrap().value, second);
        assert_eq!(revision(store.backend()).unwrap(), changed);
        assert_eq!(replace(&store, changed, None), Ok(None));
        assert_eq!(revision(store.backend()).unwrap(), None);
    }

    #[test]
    fn a_lock_removed_and_set_again_is_another_lock_though_its_revision_is_the_same() {
        use crate::storage::store::memory::MemoryBackend;
        let store = Store::new(MemoryBackend::default());
        let params = || KdfParams::with_cost(64, 1).unwrap();
        let (first, _) = VaultMeta::create("first phrase", params()).unwrap();
        let (second, _) = VaultMeta::create("second phrase", params()).unwrap();
        let set = replace(&store, None, Some(&first)).unwrap();
        let seen = seen_now(store.backend()).unwrap().unwrap();
        replace(&store, set, None).unwrap();
        replace(&store, None, Some(&second)).unwrap();
        let now = seen_now(store.backend()).unwrap().unwrap();
        assert_eq!(now.revision(), seen.revision(), "the revision alone cannot tell them apart");
        assert_ne!(now, seen);
    }

    #[test]
    fn the_record_says_how_to_derive_but_holds_no_key() {
        let (meta, _) = VaultMeta::create("secret phrase", KdfParams::with_cost(64, 1).unwrap()).unwrap();
        let text = serde_json::to_string(&meta).unwrap();
        assert!(text.contains("argon2id") && text.contains("\"memory_kib\":64"));
        assert!(!text.contains("secret"));
    }
}
