//! The checklist in the running app: the organisation's template she
//! imported, or Senda's own (`checklist/default.json`, fetched once and kept
//! by the service worker for offline use), with her changes.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::checklist::{self, Checklist, Item, MyChanges};
use super::conversation_store as records;
use crate::platform::fetch_text::fetch_text;
use crate::storage::StorageError;
use crate::storage::store_handle::{StoreHandle, use_store};

#[derive(Clone, Copy)]
pub struct ChecklistState {
    /// None until loaded; Some(Err) when Senda's own file could not be read.
    pub given: RwSignal<Option<Result<Checklist, ()>>>,
    /// True when `given` is an imported template, not Senda's own.
    pub imported: RwSignal<bool>,
    pub changes: RwSignal<MyChanges>,
    requested: StoredValue<bool>,
    storage: StoreHandle,
}

impl ChecklistState {
    /// Her checklist as it shows in a conversation.
    pub fn items(&self, with_hidden: bool) -> Vec<Item> {
        self.given.with(|given| match given {
            Some(Ok(given)) => self.changes.with(|changes| checklist::apply(given, changes, with_hidden)),
            _ => Vec::new(),
        })
    }

    pub fn change(&self, change: impl FnOnce(&mut MyChanges)) -> Result<(), StorageError> {
        let changes = records::change_changes(&self.storage.store(), change)?;
        self.changes.set(changes);
        Ok(())
    }

    pub fn use_template(&self, template: Option<Checklist>) -> Result<(), StorageError> {
        records::save_template(&self.storage.store(), template.as_ref())?;
        self.given.set(None);
        self.load();
        Ok(())
    }

    fn load(self) {
        let store = self.storage.store();
        self.changes.set(records::changes(&store).unwrap_or_default());
        if let Ok(Some(template)) = records::template(&store) {
            self.imported.set(true);
            self.given.set(Some(Ok(template)));
            return;
        }
        self.imported.set(false);
        spawn_local(async move {
            let text = fetch_text("checklist/default.json").await.unwrap_or_default();
            self.given.set(Some(checklist::read(&text).map_err(|_| ())));
        });
    }
}

impl ChecklistState {
    /// Created by the shell; nothing is read until a conversation screen asks.
    pub fn provide() {
        provide_context(ChecklistState {
            given: RwSignal::new(None),
            imported: RwSignal::new(false),
            changes: RwSignal::new(MyChanges::default()),
            requested: StoredValue::new(false),
            storage: use_store(),
        });
    }
}

/// The checklist, loaded on first use and shared by the conversation screens.
pub fn use_checklist() -> ChecklistState {
    let state = expect_context::<ChecklistState>();
    if !state.requested.get_value() {
        state.requested.set_value(true);
        state.load();
    }
    state
}
