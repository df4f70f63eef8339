//! Typed records on top of a key-value backend: localStorage in the browser,
//! a map in host tests. The rules that keep data safe live here, so they are
//! tested natively: a record that cannot be read is never overwritten or
//! removed, and a save that would overwrite another tab's newer write is
//! refused.
use std::rc::Rc;

use serde::{Serialize, de::DeserializeOwned};

use super::codec::{self, DecodeError, Stored};
use super::record_key::{PREFIX, RecordKey};
use super::sealing::{Sealer, is_private, lock_record};
use super::storage_error::StorageError;

/// The few operations Senda needs from a key-value store.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// A borrowed or shared backend is a backend: one localStorage handle
/// serves a store and the code that works on raw keys beside it, and the app
/// hands one backend (localStorage, or memory in a browser test) to every
/// screen without knowing which it is.
macro_rules! forward_backend {
    ($($pointer:ty),*) => {$(
        impl<B: Backend + ?Sized> Backend for $pointer {
            fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
                (**self).get(key)
            }
            fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
                (**self).set(key, value)
            }
            fn remove(&self, key: &str) -> Result<(), StorageError> {
                (**self).remove(key)
            }
            fn keys(&self) -> Result<Vec<String>, StorageError> {
                (**self).keys()
            }
        }
    )*};
}
forward_backend!(&B, Rc<B>);

/// What the caller last saw of a record, checked before it is replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A new record: fails if a record with this key appeared meanwhile.
    Absent,
    /// An existing record as read at this revision.
    Revision(u64),
    /// Whatever is there, if it is readable (settings, where the last choice wins).
    Latest,
}

/// All readable records of one namespace, and the keys of those that are not.
#[derive(Debug)]
pub struct Loaded<T> {
    pub records: Vec<(RecordKey, Stored<T>)>,
    pub unreadable: Vec<RecordKey>,
}

pub struct Store<B> {
    backend: B,
    /// The lock's key while unlocked; private records are sealed with it.
    key: Option<Rc<dyn Sealer>>,
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Self {
        Self { backend, key: None }
    }

    pub fn unlocked(backend: B, key: Option<impl Sealer + 'static>) -> Self {
        Self { backend, key: key.map(|key| Rc::new(key) as Rc<dyn Sealer>) }
    }

    pub fn load<T: DeserializeOwned>(&self, key: &RecordKey) -> Result<Option<Stored<T>>, StorageError> {
        match self.backend.get(&key.to_string())? {
            None => Ok(None),
            Some(raw) => match codec::decode(key, &raw, self.key()) {
                Ok(stored) => Ok(Some(stored)),
                // Sealed, with no lock on this device: no passphrase will
                // ever open it here (a record Remove could not open, or one
                // planted), so it is one unreadable record, not a locked app.
                Err(DecodeError::Locked) if self.lock_is_set()? => Err(StorageError::Locked),
                Err(_) => Err(unreadable(key)),
            },
        }
    }

    pub fn load_namespace<T: DeserializeOwned>(&self, namespace: &str) -> Result<Loaded<T>, StorageError> {
        let mut loaded = Loaded { records: Vec::new(), unreadable: Vec::new() };
        for key in self.keys_in(namespace)? {
            match self.load(&key) {
                Ok(Some(stored)) => loaded.records.push((key, stored)),
                Ok(None) => {} // removed by another tab between listing and reading
                Err(StorageError::Unreadable { .. }) => loaded.unreadable.push(key),
                Err(other) => return Err(other),
            }
        }
        Ok(loaded)
    }

    /// Writes one record and returns its new revision.
    pub fn save<T: Serialize>(&self, key: &RecordKey, value: &T, expect: Expect) -> Result<u64, StorageError> {
        let raw = self.backend.get(&key.to_string())?;
        let current = raw.as_deref().map(|raw| revision_in(key, raw)).transpose()?;
        // Sealed, with no key and no lock on this device: no passphrase opens
        // it here, so it is kept as it is, like any unreadable record.
        if raw.as_deref().is_some_and(codec::is_sealed) && self.key().is_none() && !self.lock_is_set()? {
            return Err(unreadable(key));
        }
        let revision = match (expect, current) {
            (Expect::Absent, None) => 1,
            (Expect::Revision(seen), Some(now)) if seen == now => now + 1,
            (Expect::Latest, now) => now.unwrap_or(0) + 1,
            _ => return Err(StorageError::Conflict { key: key.to_string() }),
        };
        let raw = self.encode(key, revision, value)?;
        self.backend.set(&key.to_string(), &raw)?;
        Ok(revision)
    }

    /// Changes the record as stored now (another tab may have changed it
    /// since this one read it) and writes it back, naming the revision it
    /// read: a write in between is a conflict, not lost. An unreadable
    /// record, or one from a newer Senda, is an error and never replaced;
    /// none yet starts from the default.
    pub fn update<T: Serialize + DeserializeOwned + Default>(
        &self,
        key: &RecordKey,
        change: impl FnOnce(&mut T),
    ) -> Result<T, StorageError> {
        let stored = self.load::<T>(key)?;
        let expect = stored.as_ref().map_or(Expect::Absent, |stored| Expect::Revision(stored.revision));
        let mut value = stored.map(|stored| stored.value).unwrap_or_default();
        change(&mut value);
        self.save(key, &value, expect)?;
        Ok(value)
    }

    /// Removes a record the caller has read; an unreadable or changed one stays.
    pub fn remove(&self, key: &RecordKey, expect: Expect) -> Result<(), StorageError> {
        match (expect, self.current_revision(key)?) {
            (_, None) => Ok(()),
            (Expect::Revision(seen), Some(now)) if seen != now => Err(StorageError::Conflict { key: key.to_string() }),
            (Expect::Absent, Some(_)) => Err(StorageError::Conflict { key: key.to_string() }),
            _ => self.backend.remove(&key.to_string()),
        }
    }

    /// Every key Senda wrote, readable or not: what a wipe must remove.
    pub fn all_senda_keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.backend.keys()?.into_iter().filter(|key| key.starts_with(PREFIX)).collect())
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    pub fn key(&self) -> Option<&dyn Sealer> {
        self.key.as_deref()
    }

    /// The stored text `value` would have, sealed as `save` would seal it:
    /// for writing many records at once (a restore) outside `save`.
    pub fn encode(&self, key: &RecordKey, revision: u64, value: &impl Serialize) -> Result<String, StorageError> {
        codec::encode(key, revision, value, self.sealer_for(key)?).map_err(|error| encode_error(key, error))
    }

    /// The key a record is sealed with. Private text is never written in
    /// clear while a lock is set, even by a screen that missed the locking.
    fn sealer_for(&self, key: &RecordKey) -> Result<Option<&dyn Sealer>, StorageError> {
        if !is_private(key.namespace()) {
            return Ok(None);
        }
        match self.key() {
            Some(sealer) => Ok(Some(sealer)),
            None if self.lock_is_set()? => Err(StorageError::Locked),
            None => Ok(None),
        }
    }

    fn lock_is_set(&self) -> Result<bool, StorageError> {
        Ok(self.backend.get(&lock_record().to_string())?.is_some())
    }

    fn keys_in(&self, namespace: &str) -> Result<Vec<RecordKey>, StorageError> {
        let prefix = RecordKey::namespace_prefix(namespace);
        let mut keys: Vec<RecordKey> = self
            .backend
            .keys()?
            .iter()
            .filter(|raw| raw.starts_with(&prefix))
            .filter_map(|raw| RecordKey::parse(raw))
            .collect();
        keys.sort();
        Ok(keys)
    }

    /// The stored revision; an unreadable record counts as a conflict with
    /// anything, so it is never overwritten.
    fn current_revision(&self, key: &RecordKey) -> Result<Option<u64>, StorageError> {
        self.backend.get(&key.to_string())?.map(|raw| revision_in(key, &raw)).transpose()
    }
}

/// A record that would not serialise is reported like one that would not
/// read; no randomness for a nonce means the browser's storage is unusable.
pub(crate) fn encode_error(key: &RecordKey, error: codec::EncodeError) -> StorageError {
    match error {
        codec::EncodeError::Json(_) => unreadable(key),
        codec::EncodeError::Seal(_) => StorageError::Unavailable,
    }
}

fn revision_in(key: &RecordKey, raw: &str) -> Result<u64, StorageError> {
    codec::revision_of(raw).map_err(|_| unreadable(key))
}

fn unreadable(key: &RecordKey) -> StorageError {
    StorageError::Unreadable { key: key.to_string() }
}

/// A backend in memory, for host tests and a screen mounted in a browser
/// test, with an optional size limit that behaves like the browser's quota.
pub mod memory {
    use super::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    #[derive(Default)]
    pub struct MemoryBackend {
        pub entries: RefCell<BTreeMap<String, String>>,
        pub quota_bytes: Option<usize>,
    }

    impl Backend for MemoryBackend {
        fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
            Ok(self.entries.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
            let mut entries = self.entries.borrow_mut();
            let others: usize = entries.iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
            if self.quota_bytes.is_some_and(|quota| others + key.len() + value.len() > quota) {
                return Err(StorageError::QuotaExceeded);
            }
            entries.insert(key.to_owned(), value.to_owned());
            Ok(())
        }
        fn remove(&self, key: &str) -> Result<(), StorageError> {
            self.entries.borrow_mut().remove(key);
            Ok(())
        }
        fn keys(&self) -> Result<Vec<String>, StorageError> {
            Ok(self.entries.borrow().keys().cloned().collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::memory::MemoryBackend;
    use super::*;
    use serde::Deserialize;

    #[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
    struct Note {
        text: String,
    }

    fn note(text: &str) -> Note {
        Note { text: text.into() }
    }

    fn key(id: &str) -> RecordKey {
        RecordKey::new("journal", id)
    }

    #[test]
    fn saving_one_record_leaves_the_others_byte_for_byte() {
        let store = Store::new(MemoryBackend::default());
        store.save(&key("a"), &note("first"), Expect::Absent).unwrap();
        let before = store.backend().entries.borrow().get("senda/journal/a").cloned();
        store.save(&key("b"), &note("second"), Expect::Absent).unwrap();
        assert_eq!(store.backend().entries.borrow().get("senda/journal/a").cloned(), before);
    }

    #[test]
    fn an_unreadable_record_is_reported_and_never_overwritten_or_removed() {
        let store = Store::new(MemoryBackend::default());
        store.backend().set("senda/journal/broken", "{ half a record").unwrap();
        store.save(&key("fine"), &note("ok"), Expect::Absent).unwrap();

        let loaded = store.load_namespace::<Note>("journal").unwrap();
        assert_eq!(loaded.records.len(), 1);
        assert_eq!(loaded.unreadable, vec![key("broken")]);

        for expect in [Expect::Absent, Expect::Latest, Expect::Revision(0), Expect::Revision(1)] {
            assert!(store.save(&key("broken"), &note("new"), expect).is_err());
            assert!(store.remove(&key("broken"), expect).is_err());
        }
        assert_eq!(store.backend().get("senda/journal/broken").unwrap().as_deref(), Some("{ half a record"));
    }

    #[test]
    fn an_update_changes_the_record_as_stored_now_and_never_an_unreadable_one() {
        let store = Store::new(MemoryBackend::default());
        let list = RecordKey::new("self-care", "list");
        assert_eq!(store.update(&list, |items: &mut Vec<String>| items.push("walk".into())), Ok(vec!["walk".into()]));
        // Another tab added one since: the next change starts from both.
        store.save(&list, &vec!["walk".to_owned(), "call my sister".to_owned()], Expect::Latest).unwrap();
        let changed = store.update(&list, |items: &mut Vec<String>| items.retain(|item| item != "walk")).unwrap();
        assert_eq!(changed, vec!["call my sister".to_owned()]);
        assert_eq!(
            store.load::<Vec<String>>(&list).unwrap().map(|stored| (stored.value, stored.revision)),
            Some((changed, 3))
        );

        store.backend().set("senda/journal/broken", "{ half a record").unwrap();
        assert!(store.update(&key("broken"), |text: &mut String| text.push_str("new")).is_err());
        assert_eq!(store.backend().get("senda/journal/broken").unwrap().as_deref(), Some("{ half a record"));
    }

    #[test]
    fn a_save_based_on_an_old_read_does_not_overwrite_the_other_tab() {
        let store = Store::new(MemoryBackend::default());
        let first = store.save(&key("a"), &note("tab one"), Expect::Absent).unwrap();
        // Tab two read revision 1 too and saved first.
        store.save(&key("a"), &note("tab two"), Expect::Revision(first)).unwrap();
        let stale = store.save(&key("a"), &note("tab one again"), Expect::Revision(first));
        assert_eq!(stale, Err(StorageError::Conflict { key: "senda/journal/a".into() }));
        assert_eq!(store.load::<Note>(&key("a")).unwrap().unwrap().value, note("tab two"));
    }

    #[test]
    fn a_new_record_does_not_replace_one_that_appeared_meanwhile() {
        let store = Store::new(MemoryBackend::default());
        store.save(&key("a"), &note("other tab"), Expect::Absent).unwrap();
        assert!(matches!(store.save(&key("a"), &note("mine"), Expect::Absent), Err(StorageError::Conflict { .. })));
    }

    #[test]
    fn a_full_store_refuses_the_write_and_keeps_what_was_there() {
        let store = Store::new(MemoryBackend { quota_bytes: Some(120), ..Default::default() });
        let revision = store.save(&key("a"), &note("short"), Expect::Absent).unwrap();
        let long = note(&"x".repeat(200));
        assert_eq!(store.save(&key("a"), &long, Expect::Revision(revision)), Err(StorageError::QuotaExceeded));
        assert_eq!(store.load::<Note>(&key("a")).unwrap().unwrap().value, note("short"));
    }

    #[test]
    fn with_a_lock_set_and_no_key_private_records_are_neither_read_nor_written_in_clear() {
        use crate::vault::vault_key::KdfParams;
        use crate::vault::vault_meta::{self, VaultMeta};
        let backend = MemoryBackend::default();
        let (meta, key_for_lock) = VaultMeta::create("frase larga", KdfParams::with_cost(64, 1).unwrap()).unwrap();
        vault_meta::replace(&Store::new(&backend), None, Some(&meta)).unwrap();
        let open = Store::unlocked(&backend, Some(key_for_lock));
        open.save(&key("a"), &note("MARKER"), Expect::Absent).unwrap();
        assert!(!backend.get("senda/journal/a").unwrap().unwrap().contains("MARKER"));

        let locked = Store::new(&backend);
        assert_eq!(locked.load::<Note>(&key("a")), Err(StorageError::Locked));
        assert_eq!(locked.load_namespace::<Note>("journal").unwrap_err(), StorageError::Locked);
        assert_eq!(locked.save(&key("b"), &note("MARKER"), Expect::Absent), Err(StorageError::Locked));
        assert_eq!(backend.get("senda/journal/b").unwrap(), None);
        let setting = RecordKey::new("settings", "language");
        assert_eq!(locked.save(&setting, &"ca", Expect::Latest), Ok(1), "settings stay writable");
        assert!(backend.get("senda/settings/language").unwrap().unwrap().contains("ca"));
    }

    #[test]
    fn a_sealed_record_with_no_lock_set_is_one_unreadable_record_not_a_locked_journal() {
        let store = Store::new(MemoryBackend::default());
        store.save(&key("fine"), &note("still shown"), Expect::Absent).unwrap();
        let planted = r#"{"v":1,"rev":1,"sealed":"AAAA"}"#;
        store.backend().set("senda/journal/planted", planted).unwrap();

        let loaded = store.load_namespace::<Note>("journal").unwrap();
        assert_eq!(loaded.records.len(), 1);
        assert_eq!(loaded.unreadable, vec![key("planted")]);
        assert!(store.save(&key("planted"), &note("over it"), Expect::Latest).is_err());
        assert_eq!(store.backend().get("senda/journal/planted").unwrap().as_deref(), Some(planted));
    }

    #[test]
    fn a_record_from_a_newer_senda_is_never_overwritten_or_removed() {
        let store = Store::new(MemoryBackend::default());
        let newer = r#"{"v":99,"rev":4,"data":{"text":"from the future"}}"#;
        store.backend().set("senda/plan/mine", newer).unwrap();
        let key = RecordKey::new("plan", "mine");
        assert_eq!(store.load::<Note>(&key), Err(StorageError::Unreadable { key: "senda/plan/mine".into() }));
        for expect in [Expect::Absent, Expect::Latest, Expect::Revision(4)] {
            assert!(store.save(&key, &note("older shape"), expect).is_err(), "{expect:?}");
            assert!(store.remove(&key, expect).is_err(), "{expect:?}");
        }
        assert_eq!(store.backend().get("senda/plan/mine").unwrap().as_deref(), Some(newer));
    }

    #[test]
    fn revisions_count_up_and_latest_always_wins_for_settings() {
        let store = Store::new(MemoryBackend::default());
        assert_eq!(store.save(&key("s"), &note("1"), Expect::Latest), Ok(1));
        assert_eq!(store.save(&key("s"), &note("2"), Expect::Latest), Ok(2));
        assert_eq!(store.save(&key("s"), &note("3"), Expect::Revision(2)), Ok(3));
    }

    #[test]
    fn a_wipe_finds_every_senda_key_and_no_other() {
        let store = Store::new(MemoryBackend::default());
        store.backend().set("other-app", "x").unwrap();
        store.backend().set("senda/journal/broken", "?").unwrap();
        store.save(&RecordKey::new("settings", "language"), &"es", Expect::Latest).unwrap();
        let mut keys = store.all_senda_keys().unwrap();
        keys.sort();
        assert_eq!(keys, vec!["senda/journal/broken", "senda/settings/language"]);
    }
}
