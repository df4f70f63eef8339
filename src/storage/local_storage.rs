//! The browser's localStorage as a `Backend`. gloo-storage gives the handle;
//! availability is checked first because gloo panics where storage is blocked
//! (private mode, site settings), and that must be a message, not a crash.
use gloo_storage::Storage as _;
use wasm_bindgen::{JsCast, JsValue};

use super::storage_error::StorageError;
use super::store::Backend;

#[derive(Clone, Copy)]
pub struct LocalStorage;

thread_local! {
    static WRITES_STOPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// After a wipe in another tab, this page writes nothing more (an editor on
/// its way out would otherwise save her draft back); a reload starts afresh.
pub fn stop_writes() {
    WRITES_STOPPED.set(true);
}

impl LocalStorage {
    fn handle() -> Result<web_sys::Storage, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(gloo_storage::LocalStorage::raw()),
            _ => Err(StorageError::Unavailable),
        }
    }
}

/// Whether this browser lets Senda keep anything, without listing every key.
pub fn availability() -> Result<(), StorageError> {
    LocalStorage::handle().map(|_| ())
}

fn write_error(error: JsValue) -> StorageError {
    let name = error.dyn_ref::<web_sys::DomException>().map(|exception| exception.name());
    match name.as_deref() {
        // Firefox used its own name before adopting the standard one.
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => StorageError::QuotaExceeded,
        _ => StorageError::Unavailable,
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Self::handle()?.get_item(key).map_err(|_| StorageError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if WRITES_STOPPED.get() {
            return Err(StorageError::Unavailable);
        }
        Self::handle()?.set_item(key, value).map_err(write_error)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        Self::handle()?.remove_item(key).map_err(|_| StorageError::Unavailable)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = Self::handle()?;
        let length = storage.length().map_err(|_| StorageError::Unavailable)?;
        Ok((0..length).filter_map(|index| storage.key(index).ok().flatten()).collect())
    }
}
