//! The mentor's private journal. The rules (entries, mood, search and
//! filters, drafts, recently deleted, export) are plain Rust in the files
//! without `_page` in their names; the screens sit around them.
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
