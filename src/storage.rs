//! Records kept in the browser. Features own their records; this module owns
//! how a record is named (`record_key`), which records are sealed and the
//! `Sealer` that seals them (`sealing`; the vault provides the key), how a
//! record is encoded (`codec`, the only way in or out), upgraded
//! (`migrations`), guarded against loss (`store`) and kept in localStorage
//! (`local_storage`), how writes from other tabs are noticed (`tab_sync`),
//! and the one handle every screen takes from context (`store_handle`).
//! Nothing here imports the vault.
pub use senda_core::storage::{codec, migrations, record_key, sealing, storage_error, store};

pub mod local_storage;
pub mod store_handle;
pub mod tab_sync;

pub use codec::Stored;
pub use record_key::RecordKey;
pub use storage_error::StorageError;
pub use store::{Expect, Loaded, Store};
