//! The quick-exit button (on every screen, fixed in place so scrolling or a
//! notice never hides it) and the Shift×3 shortcut. Both lock Senda, hide
//! the page and replace it in history with the neutral site.
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::neutral_site;
use super::shift_presses::ShiftPresses;
use crate::i18n::*;
use crate::organisation::org_state::kept_config;
use crate::platform::all_tabs::{TabWord, tell_other_tabs};
use crate::platform::clock;
use crate::settings::setting_id::SettingId;
use crate::storage::store::Backend;
use crate::storage::store_handle::{StoreHandle, use_store};
use crate::storage::{Expect, StorageError, Store};
use crate::vault::vault_session::{VaultSession, use_vault};

#[wasm_bindgen(module = "/src/js/quick_exit.js")]
extern "C" {
    fn leave(url: &str);
    fn came_back_after_exit() -> bool;
    fn leave_again_when_restored(url: &str);
}

/// The neutral page she chose in Settings, else her organisation's (from
/// the last settings file read on this device), else Senda's default for
/// the language on screen. A stored address Settings does not offer (a
/// planted record) is never opened.
pub fn neutral_site(store: &Store<impl Backend>) -> String {
    let organisation = organisation_site(store);
    store
        .load::<String>(&SettingId::QuickExit.key())
        .ok()
        .flatten()
        .map(|stored| stored.value)
        .filter(|address| neutral_site::is_allowed(address, organisation.as_deref()))
        .or(organisation)
        .unwrap_or_else(|| neutral_site::default_for(&shown_language()).to_owned())
}

/// The address the organisation's settings name, if any.
pub fn organisation_site(store: &Store<impl Backend>) -> Option<String> {
    kept_config(store).and_then(|config| config.quick_exit_url)
}

/// The language the page is shown in (the shell keeps `<html lang>` current).
fn shown_language() -> String {
    document().document_element().and_then(|root| root.get_attribute("lang")).unwrap_or_default()
}

pub fn save_neutral_site(store: &Store<impl Backend>, address: &str) -> Result<(), StorageError> {
    store.save(&SettingId::QuickExit.key(), &address, Expect::Latest).map(|_| ())
}

/// Called before the app is shown: true when Senda must not start because
/// this is a page left by quick exit, reached again with Back.
pub fn leave_if_returning(store: &Store<impl Backend>) -> bool {
    let url = neutral_site(store);
    leave_again_when_restored(&url);
    if came_back_after_exit() {
        leave(&url);
        return true;
    }
    false
}

/// Quick exit in this tab: what the button, the shortcut and another tab's
/// quick exit do here.
pub fn exit_this_tab(vault: VaultSession, storage: StoreHandle) {
    vault.lock_now();
    leave(&neutral_site(&storage.store()));
}

#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let storage = use_store();
    let exit = move || {
        tell_other_tabs(TabWord::Exit);
        exit_this_tab(vault, storage);
    };
    let presses = std::cell::RefCell::new(ShiftPresses::default());
    let shortcut = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() != "Shift" {
            presses.borrow_mut().other_key();
        } else if !event.repeat() && presses.borrow_mut().press(clock::now_ms() as f64) {
            exit();
        }
    });
    on_cleanup(move || shortcut.remove());
    view! {
        <button type="button" class="quick-exit" on:click=move |_| exit()
            title=move || guide_t_string!(i18n, quick_exit_hint)>
            {guide_t!(i18n, quick_exit)}
        </button>
    }
}
