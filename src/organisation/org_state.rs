//! The organisation's settings in the running app: the last good copy kept
//! on the device is used at once (quick exit needs its page before anything
//! is fetched), then `senda.config.json` is read again from the folder, so a
//! change the organisation makes shows on the next start online.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::org_config::{self, ConfigProblem, OrgConfig};
use crate::platform::fetch_text::fetch_text;
use crate::storage::store::Backend;
use crate::storage::store_handle::use_store;
use crate::storage::{Expect, RecordKey, Store};

/// Readable with the lock on: nothing in it is the mentor's.
pub const NAMESPACE: &str = "organisation";

fn kept_key() -> RecordKey {
    RecordKey::new(NAMESPACE, "config")
}

/// The last good settings read on this device, if any.
pub fn kept_config(store: &Store<impl Backend>) -> Option<OrgConfig> {
    store.load::<OrgConfig>(&kept_key()).ok().flatten().map(|stored| stored.value)
}

#[derive(Clone, Copy)]
pub struct OrgState {
    pub config: RwSignal<OrgConfig>,
    /// What is wrong with the file read this time, for the organisation.
    pub problems: RwSignal<Vec<ConfigProblem>>,
    /// The file has been read (or found missing) this time.
    pub loaded: RwSignal<bool>,
}

impl OrgState {
    /// Called once by the shell; starts reading the file. `keep`: a new
    /// file may be kept on the device (not right after a wipe, where it
    /// would be the first trace back).
    pub fn provide(keep: bool) -> OrgState {
        let storage = use_store();
        let kept = kept_config(&storage.store());
        let state = OrgState {
            config: RwSignal::new(kept.clone().unwrap_or_default()),
            problems: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
        };
        spawn_local(async move {
            let text = fetch_text(org_config::FILE).await;
            let (config, problems) = org_config::read(text.as_deref());
            // A file that cannot be read at all (gone, cut short, not JSON)
            // leaves the last good copy, or the defaults, in place; one with
            // some wrong fields is the organisation's new choice, with those
            // fields defaulted.
            let unreadable = problems.iter().any(|problem| !matches!(problem, ConfigProblem::Field(_)));
            if !unreadable {
                if keep && kept.as_ref() != Some(&config) {
                    // Not kept (a full quota): it is read again next start.
                    let _ = storage.store().save(&kept_key(), &config, Expect::Latest);
                }
                state.config.set(config);
            }
            state.problems.set(problems);
            state.loaded.set(true);
        });
        provide_context(state);
        state
    }
}

pub fn use_org() -> OrgState {
    expect_context::<OrgState>()
}
