//! The one store of the running app, provided at the root and taken from
//! context by every screen and feature state: no feature names localStorage,
//! so a screen can be mounted in a browser test over a `MemoryBackend`.
//! The lock lends its key while open (`lend_key`); the handle knows nothing
//! else of the vault.
use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use super::sealing::Sealer;
use super::store::{Backend, Store};

/// The key to seal private records with, asked for at each use: none while
/// locked, or once another tab changed the lock.
pub type KeySource = Rc<dyn Fn() -> Option<Rc<dyn Sealer>>>;

/// The store every feature reads and writes through.
pub type AppStore = Store<Rc<dyn Backend>>;

struct Parts {
    backend: Rc<dyn Backend>,
    key: RefCell<Option<KeySource>>,
}

#[derive(Clone, Copy)]
pub struct StoreHandle(StoredValue<Rc<Parts>, LocalStorage>);

impl StoreHandle {
    /// Called once at the root, before any screen or state reads a record.
    pub fn provide(backend: Rc<dyn Backend>) -> Self {
        let handle = Self(StoredValue::new_local(Rc::new(Parts { backend, key: RefCell::new(None) })));
        provide_context(handle);
        handle
    }

    /// The store, sealing with the lock's key while it is open.
    pub fn store(&self) -> AppStore {
        let parts = self.0.get_value();
        let key = parts.key.borrow().as_ref().and_then(|source| source());
        Store::unlocked(parts.backend.clone(), key)
    }

    /// The raw key-value backend, for what works below records: the lock
    /// record, re-keying, a wipe, counting what is kept.
    pub fn backend(&self) -> Rc<dyn Backend> {
        self.0.get_value().backend.clone()
    }

    /// Called by the vault once: where the store finds the key.
    pub fn lend_key(&self, source: KeySource) {
        self.0.get_value().key.replace(Some(source));
    }
}

/// The store handle the root provided.
pub fn use_store() -> StoreHandle {
    expect_context::<StoreHandle>()
}
