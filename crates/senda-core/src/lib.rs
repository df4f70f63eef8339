//! Senda's rules: records and their codec, migrations, the vault's crypto,
//! search, the journal's queries, the checklist, WHO-5, trends, packs,
//! settings checks and backups. This crate depends on no browser or UI
//! crate (its `Cargo.toml` is checked by `no_browser_crate`), so a browser
//! call in a rule does not compile, and every rule is tested by plain
//! `cargo test -p senda-core`. The app (`senda`) is the shell around it.
pub mod backup;
pub mod conversations;
pub mod day;
pub mod journal;
pub mod language;
pub mod organisation;
pub mod resources;
pub mod retry_wait;
pub mod router;
pub mod safety;
pub mod screen_chunk;
pub mod self_care;
pub mod settings;
pub mod storage;
pub mod text;
pub mod vault;

#[cfg(test)]
mod no_browser_crate;
