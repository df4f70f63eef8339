//! The lock: private records sealed at rest with a key derived from the
//! mentor's passphrase. The crypto is RustCrypto's (`argon2`,
//! `chacha20poly1305`); storage decides what is sealed (`storage::sealing`),
//! this module holds the key (`vault_key`, a `Sealer`), decides how the passphrase is checked (`vault_meta`), how everything is re-sealed
//! without a moment where data could be lost (`rekey`), and when the app
//! locks itself (`auto_lock`, `retry_delay`). `vault_session` and the pages
//! are the browser side.
pub use senda_core::vault::{
    auto_lock, hide_on_leaving, passphrase_change, passphrase_rules, passphrase_strength, rekey, retry_delay,
    two_clocks, vault_key, vault_meta,
};

pub mod hide_on_leaving_setting;
pub mod lock_offer;
pub mod lock_screen;
pub mod passphrase_settings;
pub mod passphrase_strength_hint;
pub mod vault_session;
