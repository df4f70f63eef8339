//! The mentor's private journal. The rules (entries, mood, search and
//! filters, drafts, recently deleted, export, its records) are plain Rust in
//! `entry`, `mood`, `journal_query`, `draft`, `trash`, `markdown_export` and
//! `journal_store` (listed in `core_boundary::CORE`). Around them: the screens
//! (`*_page`) and their browser helpers, `journal_state` (the loaded journal),
//! `highlighted_text` and `mood_words` (words and marks on screen).
pub mod draft;
pub mod entry;
pub mod highlighted_text;
pub mod journal_deleted_page;
pub mod journal_editor_page;
pub mod journal_entry_page;
pub mod journal_page;
pub mod journal_query;
pub mod journal_state;
pub mod journal_store;
pub mod markdown_export;
pub mod mood;
pub mod mood_words;
pub mod trash;
