//! Settings' storage card: whether the browser promised to keep Senda's data
//! (`navigator.storage.persist()`), and how much of its space is used.
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::storage_fullness::{LIMIT_UNITS, needs_warning, share, used_units};
use crate::i18n::*;
use crate::storage::store::Backend;
use crate::storage::store_handle::use_store;
use crate::ui::card::Card;
use crate::ui::notice::Notice;

#[derive(Clone, Copy, PartialEq)]
enum Persistence {
    Unknown,
    Granted,
    Refused,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    web_sys::window().map(|window| window.navigator().storage())
}

async fn ask(persist: bool) -> Persistence {
    let Some(manager) = storage_manager() else { return Persistence::Unknown };
    let promise = if persist { manager.persist() } else { manager.persisted() };
    match promise {
        Ok(promise) => match JsFuture::from(promise).await.ok().and_then(|answer| answer.as_bool()) {
            Some(true) => Persistence::Granted,
            Some(false) => Persistence::Refused,
            None => Persistence::Unknown,
        },
        Err(_) => Persistence::Unknown,
    }
}

fn used(backend: &impl Backend) -> usize {
    let keys = backend.keys().unwrap_or_default();
    let values: Vec<(String, String)> =
        keys.into_iter().filter_map(|key| backend.get(&key).ok().flatten().map(|value| (key, value))).collect();
    used_units(values.iter().map(|(key, value)| (key.as_str(), value.as_str())))
}

#[component]
pub fn StorageUsage() -> impl IntoView {
    let i18n = use_i18n();
    let persistence = RwSignal::new(Persistence::Unknown);
    // Measured when Settings opens.
    let used = used(&use_store().backend());
    spawn_local(async move { persistence.set(ask(false).await) });
    let request = move |_| spawn_local(async move { persistence.set(ask(true).await) });
    let locale = move || i18n.get_locale();
    let percent = move || crate::platform::intl::percent(locale().as_str(), share(used));
    let megabytes = move || crate::platform::intl::number(locale().as_str(), used as f64 / 1_000_000.0, 2);
    let limit = move || crate::platform::intl::number(locale().as_str(), LIMIT_UNITS as f64 / 1_000_000.0, 0);
    view! {
        <Card id="storage-heading" heading=Signal::derive(move || t_string!(i18n, storage_heading).to_owned())>
            <p>{t!(i18n, storage_used, used = megabytes, limit = limit, percent = percent)}</p>
            <Show when=move || needs_warning(used)>
                <Notice warning=true>{t!(i18n, storage_nearly_full)}</Notice>
            </Show>
            <p role="status">{move || match persistence.get() {
                Persistence::Granted => t_string!(i18n, storage_persistent_yes),
                Persistence::Refused => t_string!(i18n, storage_persistent_no),
                Persistence::Unknown => t_string!(i18n, storage_persistent_unknown),
            }}</p>
            <Show when=move || persistence.get() != Persistence::Granted>
                <p><button type="button" class="secondary" on:click=request>{t!(i18n, storage_persist_ask)}</button></p>
            </Show>
        </Card>
    }
}
