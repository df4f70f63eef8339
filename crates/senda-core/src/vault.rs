//! The lock's rules: the key derived from her passphrase with RustCrypto's
//! Argon2id and sealing with XChaCha20-Poly1305 (`vault_key`, a `Sealer`),
//! how the passphrase is checked (`vault_meta`), how everything is re-sealed
//! without a moment where data could be lost (`rekey`, `passphrase_change`),
//! what a passphrase must be and how strong it looks (`passphrase_rules`,
//! `passphrase_strength`), and when the app locks itself (`auto_lock`,
//! `hide_on_leaving`, `retry_delay` over `two_clocks`).
pub mod auto_lock;
pub mod hide_on_leaving;
pub mod passphrase_change;
pub mod passphrase_rules;
pub mod passphrase_strength;
pub mod rekey;
pub mod retry_delay;
pub mod two_clocks;
pub mod vault_key;
pub mod vault_meta;
