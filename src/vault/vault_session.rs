//! The lock in the running app: the key (in memory only, in this module
//! alone), whether a lock is set and whether it is open, auto-lock, and the
//! one `lock` every part of the app calls.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use super::auto_lock::AutoLock;
use super::hide_on_leaving::HideOnLeaving;
use super::rekey;
use super::retry_delay::FailedTries;
use super::two_clocks::Moment;
use super::vault_key::VaultKey;
use super::vault_meta::{self, LockSeen};
use crate::backup::restore;
use crate::platform::all_tabs::{TabWord, tell_other_tabs};
use crate::platform::clock;
use crate::settings::setting_id::SettingId;
use crate::storage::sealing::Sealer;
use crate::storage::store::Backend;
use crate::storage::store_handle::StoreHandle;
use crate::storage::tab_sync::TabSync;
use crate::storage::{Expect, RecordKey, StorageError};

thread_local! {
    /// The key, and the lock record it was derived against.
    static KEY: RefCell<Option<(VaultKey, Option<LockSeen>)>> = const { RefCell::new(None) };
    static LAST_ACTIVITY: Cell<Moment> = const { Cell::new(Moment { device_ms: 0.0, steady_ms: 0.0 }) };
    static HIDDEN_SINCE: Cell<Option<Moment>> = const { Cell::new(None) };
    /// When this tab last told the others she is active (steady clock).
    static TOLD_ACTIVE_MS: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
}

/// At most once a second: enough for an idle time of a minute or more.
const TELL_ACTIVE_EVERY_MS: f64 = 1_000.0;

/// Now, on both of the clocks the lock counts with.
fn now() -> Moment {
    Moment { device_ms: clock::now_ms() as f64, steady_ms: clock::steady_ms() }
}

/// The key while unlocked, for the store; none once another tab has changed
/// the lock record, so a stale key never seals anything (the store then
/// refuses to write private records, and the session locks).
fn current_key(backend: &dyn Backend) -> Option<VaultKey> {
    let (key, seen) = KEY.with_borrow(Clone::clone)?;
    if vault_meta::seen_now(&backend).ok()? == seen {
        Some(key)
    } else {
        forget_key();
        None
    }
}

/// The revision of the lock record this tab's key belongs to.
pub fn lock_revision() -> Option<u64> {
    KEY.with_borrow(|slot| slot.as_ref().and_then(|(_, seen)| seen.as_ref()?.revision()))
}

/// The lock record stored now, if it is still at `revision`: the one a key
/// just derived or written belongs to. Otherwise another tab changed it
/// meanwhile, and the key is stale from the start.
fn seen_at(backend: &dyn Backend, revision: Option<u64>) -> Option<LockSeen> {
    vault_meta::seen_now(&backend).ok().flatten().filter(|seen| seen.revision() == revision)
}

#[derive(Clone, Copy)]
pub struct VaultSession {
    /// A passphrase is set on this device.
    pub lock_set: RwSignal<bool>,
    /// The passphrase was given and the key is in memory.
    pub open: RwSignal<bool>,
    pub auto_lock: RwSignal<AutoLock>,
    pub hide_on_leaving: RwSignal<HideOnLeaving>,
    /// Why a change cut short by a closed tab (a passphrase change, a
    /// restore) could not be finished or undone; shown until a later try works.
    pub unfinished: RwSignal<Option<StorageError>>,
    /// Wrong passphrases in a row, as counted for the wait (in any tab).
    pub wrong_tries: RwSignal<u32>,
    storage: StoreHandle,
}

fn tries_key() -> RecordKey {
    RecordKey::new("vault", "tries")
}

impl VaultSession {
    /// Created by the shell before any screen reads private records;
    /// `may_recover`: no other tab holds the storage lock.
    pub fn provide(storage: StoreHandle, may_recover: bool) -> Self {
        let backend = storage.backend();
        let lender = backend.clone();
        storage.lend_key(Rc::new(move || current_key(&*lender).map(|key| Rc::new(key) as Rc<dyn Sealer>)));
        let lock_set = vault_meta::is_set(&backend).unwrap_or(false);
        // Without a lock, copies left by an interrupted change (re-keying, a
        // restore) are sorted out before any screen reads, and a day-old undo
        // copy goes; with one, all of it waits for the unlock. While another
        // tab holds the storage lock its change is not interrupted: its
        // copies are its own, and that tab finishes it.
        let unfinished = if lock_set || !may_recover {
            Ok(())
        } else {
            rekey::recover(&backend, None).and_then(|()| restore::tidy(&storage.store(), clock::now_ms()))
        };
        let auto_lock = storage.store().load::<AutoLock>(&SettingId::AutoLock.key()).ok().flatten().map(|s| s.value);
        let hide =
            storage.store().load::<HideOnLeaving>(&SettingId::HideOnLeaving.key()).ok().flatten().map(|s| s.value);
        let session = Self {
            lock_set: RwSignal::new(lock_set),
            open: RwSignal::new(false),
            // Re-checked like hide-on-leaving: a value stored before the
            // check existed (or planted) must not lock her out every second.
            auto_lock: RwSignal::new(auto_lock.filter(AutoLock::is_valid).unwrap_or_default()),
            hide_on_leaving: RwSignal::new(hide.filter(HideOnLeaving::is_valid).unwrap_or_default()),
            unfinished: RwSignal::new(unfinished.err()),
            wrong_tries: RwSignal::new(0),
            storage,
        };
        provide_context(session);
        session.watch_idle();
        if let Some(sync) = use_context::<TabSync>() {
            Effect::new(move |_| {
                let lock_record = match sync.changed_key.get() {
                    Some(Some(key)) => key == vault_meta::meta_key(),
                    Some(None) => true,
                    None => false,
                };
                if lock_record {
                    session.lock_record_changed();
                }
            });
        }
        session
    }

    /// True while private screens must not show.
    pub fn is_locked(&self) -> bool {
        self.lock_set.get() && !self.open.get()
    }

    /// The same, read in an event handler without subscribing to it.
    pub fn is_locked_untracked(&self) -> bool {
        self.lock_set.get_untracked() && !self.open.get_untracked()
    }

    /// `revision`: that of the lock record `key` was derived against;
    /// `may_recover` as for `provide`.
    pub fn unlock_with(&self, key: VaultKey, revision: u64, may_recover: bool) {
        let backend = self.storage.backend();
        let rekeyed = may_recover.then(|| rekey::recover(&backend, Some(&key)));
        KEY.with_borrow_mut(|slot| *slot = Some((key, seen_at(&*backend, Some(revision)))));
        if let Some(rekeyed) = rekeyed {
            self.unfinished.set(rekeyed.and_then(|()| restore::tidy(&self.storage.store(), clock::now_ms())).err());
        }
        let _ = self.storage.store().save(&tries_key(), &FailedTries::default(), Expect::Latest);
        self.wrong_tries.set(0);
        LAST_ACTIVITY.set(now());
        self.open.set(true);
    }

    /// A lock was set, changed or removed in Settings: the new key, and the
    /// lock record's new revision, are in use.
    pub fn replace_key(&self, key: Option<VaultKey>, revision: Option<u64>) {
        self.lock_set.set(key.is_some());
        self.open.set(key.is_some());
        let backend = self.storage.backend();
        KEY.with_borrow_mut(|slot| *slot = key.map(|key| (key, seen_at(&*backend, revision))));
    }

    /// Another tab set, changed or removed the lock: whatever this tab holds
    /// no longer fits, so it locks at once (or, with no lock left, opens).
    pub fn lock_record_changed(&self) {
        let lock_set = vault_meta::is_set(&self.storage.backend()).unwrap_or(true);
        forget_key();
        self.open.set(false);
        self.lock_set.set(lock_set);
    }

    /// Hides private screens at once, here and in every other tab; the key
    /// goes after they have been taken down (a journal draft is saved,
    /// sealed, on its way out).
    pub fn lock(&self) {
        tell_other_tabs(TabWord::Lock);
        self.lock_this_tab();
    }

    /// `lock` for this tab only: what another tab's lock does here.
    pub fn lock_this_tab(&self) {
        if !self.lock_set.get_untracked() {
            return;
        }
        self.open.set(false);
        set_timeout(forget_key, std::time::Duration::ZERO);
    }

    /// Another tab saw her type, touch or scroll.
    pub fn active_elsewhere(&self) {
        LAST_ACTIVITY.set(now());
    }

    /// For quick exit and wipe: the key goes now, whatever is on screen.
    pub fn lock_now(&self) {
        self.open.set(false);
        forget_key();
    }

    pub fn set_auto_lock(&self, auto_lock: AutoLock) -> Result<(), StorageError> {
        self.storage.store().save(&SettingId::AutoLock.key(), &auto_lock, Expect::Latest)?;
        self.auto_lock.set(auto_lock);
        Ok(())
    }

    pub fn set_hide_on_leaving(&self, hide: HideOnLeaving) -> Result<(), StorageError> {
        self.storage.store().save(&SettingId::HideOnLeaving.key(), &hide, Expect::Latest)?;
        self.hide_on_leaving.set(hide);
        Ok(())
    }

    fn failed_tries(&self) -> FailedTries {
        self.storage.store().load::<FailedTries>(&tries_key()).ok().flatten().map(|s| s.value).unwrap_or_default()
    }

    /// Whole seconds before a passphrase may be checked again; 0 when it may.
    pub fn wait_left_seconds(&self) -> u32 {
        let left = self.failed_tries().wait_left_ms(now());
        (left / 1000.0).ceil() as u32
    }

    pub fn record_failure(&self) {
        let tries = self.failed_tries().after_failure(clock::now_ms() as f64);
        let _ = self.storage.store().save(&tries_key(), &tries, Expect::Latest);
        self.wrong_tries.set(tries.count);
    }

    /// Any key, touch or click counts as activity; a check every second and
    /// one on coming back to the tab lock after the chosen idle time.
    fn watch_idle(self) {
        // Activity counts in every tab: idle in one must not lock the tab she
        // is typing in (the idle check locks them all).
        let touch = move || {
            let at = now();
            LAST_ACTIVITY.set(at);
            if at.steady_ms - TOLD_ACTIVE_MS.get() >= TELL_ACTIVE_EVERY_MS {
                TOLD_ACTIVE_MS.set(at.steady_ms);
                tell_other_tabs(TabWord::Active);
            }
        };
        let check = move || {
            // A tab that missed another's passphrase change (frozen, or back
            // from the back/forward cache) finds out here, within a second.
            let backend = self.storage.backend();
            let set_now = vault_meta::is_set(&backend).unwrap_or(true);
            let open = self.open.get_untracked();
            if set_now != self.lock_set.get_untracked() || (open && current_key(&*backend).is_none()) {
                self.lock_record_changed();
            } else if open && self.auto_lock.get_untracked().is_due(LAST_ACTIVITY.get(), now()) {
                self.lock();
            }
        };
        let handles = [
            window_event_listener(leptos::ev::keydown, move |_| touch()),
            window_event_listener(leptos::ev::pointerdown, move |_| touch()),
            window_event_listener(leptos::ev::wheel, move |_| touch()),
            window_event_listener(leptos::ev::touchstart, move |_| touch()),
        ];
        // Leaving the page (another app, the app switcher, the screen off)
        // counts from the moment it was hidden.
        let left = move || {
            let at = now();
            let hide = self.hide_on_leaving.get_untracked();
            let away_since = if document().hidden() {
                HIDDEN_SINCE.set(Some(at));
                Some(at)
            } else {
                HIDDEN_SINCE.take()
            };
            // This tab only: a tab is also hidden when she moves to another
            // Senda tab, which must stay open; leaving the browser hides them all.
            if self.open.get_untracked() && away_since.is_some_and(|since| hide.locks(since, at)) {
                self.lock_this_tab();
            }
            check();
        };
        let visible = window_event_listener_untyped("visibilitychange", move |_| left());
        let shown = window_event_listener(leptos::ev::pageshow, move |_| check());
        let interval = set_interval_with_handle(check, std::time::Duration::from_secs(1)).ok();
        on_cleanup(move || {
            handles.into_iter().for_each(|handle| handle.remove());
            visible.remove();
            shown.remove();
            if let Some(interval) = interval {
                interval.clear();
            }
        });
    }
}

fn forget_key() {
    KEY.with_borrow_mut(|slot| *slot = None);
}

pub fn use_vault() -> VaultSession {
    expect_context::<VaultSession>()
}
