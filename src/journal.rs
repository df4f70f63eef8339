//! The mentor's private journal. The rules (entries, mood, search and
//! filters, drafts, recently deleted, export, its records) are plain Rust in
//! `entry`, `mood`, `journal_query`, `draft`, `trash`, `markdown_export` and
//! `journal_store` (in `senda-core`). Around them: the screens
//! (`*_page`) and their browser helpers, `journal_state` (the loaded journal),
//! `highlighted_text` and `mood_words` (words and marks on screen).
pub use senda_core::journal::{draft, entry, journal_query, journal_store, markdown_export, mood, trash};
pub mod highlighted_text;
pub mod journal_deleted_page;
pub mod journal_editor_page;
pub mod journal_entry_page;
pub mod journal_page;
pub mod journal_state;
pub mod mood_words;
