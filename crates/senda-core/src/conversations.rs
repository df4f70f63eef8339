//! The rules of conversations: `checklist` (the content format, her changes,
//! import and export), `conversation` (a record, the alias rule),
//! `mentoring_log` (hours and counts in the programme window) and
//! `conversation_store`.
pub mod checklist;
pub mod conversation;
pub mod conversation_store;
pub mod mentoring_log;
