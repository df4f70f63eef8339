//! Writes from other tabs. The browser fires `storage` in every other tab of
//! the origin when one tab writes; features watch `changed_key` and re-read
//! what is theirs, so two open tabs show the same records.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::record_key::RecordKey;

/// The last record another tab wrote or removed; `None` after a clear.
#[derive(Clone, Copy)]
pub struct TabSync {
    pub changed_key: ReadSignal<Option<Option<RecordKey>>>,
}

impl TabSync {
    /// True when a change from another tab touches `namespace`.
    pub fn touches(&self, namespace: &str) -> bool {
        match self.changed_key.get() {
            Some(Some(key)) => key.namespace() == namespace,
            Some(None) => true,
            None => false,
        }
    }
}

/// Starts listening; called once by the app shell, which provides the result.
pub fn listen() -> TabSync {
    let (changed_key, set_changed_key) = signal(None);
    // The handle is dropped on purpose: the listener stays for the page's life.
    let _handle = window_event_listener(leptos::ev::storage, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
        match event.key() {
            Some(raw) => {
                if let Some(key) = RecordKey::parse(&raw) {
                    set_changed_key.set(Some(Some(key)));
                }
            }
            None => set_changed_key.set(Some(None)),
        }
    });
    TabSync { changed_key }
}
