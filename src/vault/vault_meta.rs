//! The lock's own record, readable without the passphrase: how the key is
//! derived, and a sealed check phrase that tells a right passphrase from a
//! wrong one before any record is touched.
use serde::{Deserialize, Serialize};

use super::vault_key::{KdfParams, VaultError, VaultKey};
use crate::storage::store::Backend;
use crate::storage::{Expect, RecordKey, StorageError, Store};

const CHECK_TEXT: &[u8] = b"senda-vault-check";
const CHECK_BINDING: &[u8] = b"senda/vault/check";

pub fn meta_key() -> RecordKey {
    RecordKey::new("vault", "meta")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VaultMeta {
    pub kdf: KdfParams,
    check: String,
}

impl VaultMeta {
    /// A new lock for `passphrase`: its parameters and the key they give.
    pub fn create(passphrase: &str, kdf: KdfParams) -> Result<(Self, VaultKey), VaultError> {
        let key = VaultKey::derive(passphrase, &kdf)?;
        let check = key.seal(CHECK_BINDING, CHECK_TEXT)?;
        Ok((Self { kdf, check }, key))
    }

    pub fn unlock(&self, passphrase: &str) -> Result<VaultKey, VaultError> {
        let key = VaultKey::derive(passphrase, &self.kdf)?;
        match key.open(CHECK_BINDING, &self.check) {
            Ok(text) if text.as_slice() == CHECK_TEXT => Ok(key),
            Ok(_) | Err(VaultError::WrongKey) => Err(VaultError::WrongKey),
            Err(other) => Err(other),
        }
    }
}

/// The lock set on this device, if any. An unreadable lock record is an
/// error, never "no lock": that would let private text be written in clear.
pub fn load<B: Backend>(store: &Store<B>) -> Result<Option<VaultMeta>, StorageError> {
    Ok(store.load::<VaultMeta>(&meta_key())?.map(|stored| stored.value))
}

pub fn is_set<B: Backend>(backend: &B) -> Result<bool, StorageError> {
    Ok(backend.get(&meta_key().to_string())?.is_some())
}

pub(crate) fn save<B: Backend>(store: &Store<B>, meta: &VaultMeta) -> Result<(), StorageError> {
    store.save(&meta_key(), meta, Expect::Latest).map(|_| ())
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
        assert_eq!(meta.unlock("una frase larga ").unwrap_err(), VaultError::WrongKey);
        assert_eq!(meta.unlock("").unwrap_err(), VaultError::WrongKey);
    }

    #[test]
    fn the_record_says_how_to_derive_but_holds_no_key() {
        let (meta, _) = VaultMeta::create("secret phrase", KdfParams::with_cost(64, 1).unwrap()).unwrap();
        let text = serde_json::to_string(&meta).unwrap();
        assert!(text.contains("argon2id") && text.contains("\"memory_kib\":64"));
        assert!(!text.contains("secret"));
    }
}
