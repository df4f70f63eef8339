//! The journal's rules: entries, mood, search and filters, drafts, recently
//! deleted, the Markdown export and its records. The screens are the app's
//! (`senda::journal`).
pub mod draft;
pub mod entry;
pub mod journal_query;
pub mod journal_store;
pub mod markdown_export;
pub mod mood;
pub mod trash;
