//! How a record is named (`record_key`), which records are sealed and the
//! `Sealer` that seals them (`sealing`; the vault provides the key), how a
//! record is encoded (`codec`, the only way in or out), upgraded
//! (`migrations`) and guarded against loss (`store`, over any `Backend`:
//! localStorage in the app, `store::memory` in tests). Nothing here imports
//! the vault.
pub mod codec;
pub mod migrations;
pub mod record_key;
pub mod sealing;
pub mod storage_error;
pub mod store;

pub use codec::Stored;
pub use record_key::RecordKey;
pub use storage_error::StorageError;
pub use store::{Expect, Loaded, Store};
