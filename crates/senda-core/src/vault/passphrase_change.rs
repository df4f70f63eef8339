//! Setting, changing or removing the passphrase, as a rule over any
//! backend. Changing and removing ask for the current passphrase again, so a
//! phone left open cannot be locked against its owner; the records are
//! re-keyed from the key that passphrase gives for the lock record as stored
//! now, and only if that record is still the one this tab unlocked with
//! (another tab may have changed it).
use super::rekey::{NextLock, rekey};
use super::vault_key::{KdfParams, VaultKey};
use super::vault_meta::{self, VaultMeta};
use crate::storage::store::Backend;
use crate::storage::{StorageError, Store};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Set,
    Replace,
    Remove,
}

/// What this tab knows when she asks for a change.
pub struct Asking<'a> {
    pub change: Change,
    /// The current passphrase as typed (ignored for `Set`).
    pub current: &'a str,
    /// The lock record's revision this tab unlocked with.
    pub unlocked_with: Option<u64>,
    /// Seconds still to wait after wrong tries (the lock screen's wait).
    pub wait_seconds: u32,
}

#[derive(Debug)]
pub struct Changed {
    /// The key now in use (None once the lock is removed).
    pub key: Option<VaultKey>,
    pub lock_revision: Option<u64>,
    /// Records the old key could not open, kept as they were.
    pub unreadable: usize,
}

#[derive(Debug, PartialEq)]
pub enum Refused {
    /// Another tab changed the lock since this one was unlocked.
    ChangedElsewhere,
    /// The current passphrase must wait this many seconds before a new try.
    Wait(u32),
    /// A failed try: the caller counts it towards the wait.
    WrongCurrent,
    Failed(StorageError),
}

/// `next`: the new lock record and key (made by the caller, for `Set` and
/// `Replace`); None for `Remove`.
pub fn change_passphrase<B: Backend>(
    backend: &B,
    asking: &Asking,
    next: Option<(VaultMeta, VaultKey)>,
) -> Result<Changed, Refused> {
    let (old_key, seen) = match asking.change {
        Change::Set => (None, None),
        Change::Replace | Change::Remove => match vault_meta::load(&Store::new(backend)) {
            Ok(Some(stored)) if Some(stored.revision) != asking.unlocked_with => return Err(Refused::ChangedElsewhere),
            // The same wait after wrong tries as on the lock screen: this
            // field must not become the faster way to guess.
            Ok(Some(_)) if asking.wait_seconds > 0 => return Err(Refused::Wait(asking.wait_seconds)),
            Ok(Some(stored)) => match stored.value.unlock(asking.current) {
                Ok(key) => (Some(key), Some(stored.revision)),
                Err(_) => return Err(Refused::WrongCurrent),
            },
            Ok(None) => return Err(Refused::ChangedElsewhere),
            Err(error) => return Err(Refused::Failed(error)),
        },
    };
    let next_lock = match &next {
        Some((meta, key)) => NextLock::On { meta, key },
        None => NextLock::Off,
    };
    match rekey(backend, old_key.as_ref(), seen, next_lock) {
        Ok(rekeyed) => Ok(Changed {
            key: next.map(|(_, key)| key),
            lock_revision: rekeyed.lock_revision,
            unreadable: rekeyed.unreadable.len(),
        }),
        Err(StorageError::Conflict { .. }) => Err(Refused::ChangedElsewhere),
        Err(error) => Err(Refused::Failed(error)),
    }
}

/// A new lock record and key for `passphrase` at the recommended cost.
pub fn new_lock(passphrase: &str) -> Result<(VaultMeta, VaultKey), StorageError> {
    KdfParams::recommended().and_then(|kdf| VaultMeta::create(passphrase, kdf)).map_err(|_| StorageError::Unavailable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::memory::MemoryBackend;
    use crate::storage::{Expect, RecordKey};

    fn lock(passphrase: &str) -> (VaultMeta, VaultKey) {
        VaultMeta::create(passphrase, KdfParams::with_cost(64, 1).unwrap()).unwrap()
    }

    fn ask(change: Change, current: &str, unlocked_with: Option<u64>) -> Asking<'_> {
        Asking { change, current, unlocked_with, wait_seconds: 0 }
    }

    #[test]
    fn set_change_and_remove_each_need_what_she_would_expect() {
        let backend = MemoryBackend::default();
        Store::new(&backend).save(&RecordKey::new("journal", "a"), &"MARKER", Expect::Absent).unwrap();
        let set = change_passphrase(&backend, &ask(Change::Set, "", None), Some(lock("first"))).unwrap();
        assert!(!backend.get("senda/journal/a").unwrap().unwrap().contains("MARKER"), "sealed");

        let wrong = change_passphrase(&backend, &ask(Change::Replace, "guess", set.lock_revision), Some(lock("x")));
        assert_eq!(wrong.unwrap_err(), Refused::WrongCurrent);
        let waiting = Asking { wait_seconds: 20, ..ask(Change::Replace, "first", set.lock_revision) };
        assert_eq!(change_passphrase(&backend, &waiting, Some(lock("x"))).unwrap_err(), Refused::Wait(20));

        let replaced =
            change_passphrase(&backend, &ask(Change::Replace, "first", set.lock_revision), Some(lock("second")))
                .unwrap();
        let stale = change_passphrase(&backend, &ask(Change::Remove, "second", set.lock_revision), None);
        assert_eq!(stale.unwrap_err(), Refused::ChangedElsewhere, "a tab that missed the change");

        let removed =
            change_passphrase(&backend, &ask(Change::Remove, "second", replaced.lock_revision), None).unwrap();
        assert!(removed.key.is_none());
        assert!(backend.get("senda/journal/a").unwrap().unwrap().contains("MARKER"), "in clear again");
        assert_eq!(
            change_passphrase(&backend, &ask(Change::Remove, "second", None), None).unwrap_err(),
            Refused::ChangedElsewhere
        );
    }
}
