//! Conversations: the trauma-informed checklist for every mentoring
//! conversation, the record of each conversation, and the mentoring log
//! for the programme. Rules: `checklist` (the content format, her changes,
//! import and export), `conversation` (a record, the alias rule),
//! `mentoring_log` (hours and counts in the programme window),
//! `conversation_store`. Browser side: `conversation_records` and
//! `checklist_state` (the screens' one way to the records), the pages,
//! `conversation_editing` (the record a conversation's screen edits and
//! saves) with its parts `conversation_details`, `checklist_section`,
//! `conversation_links`, and `quick_cards`, `conversation_words`.
pub use senda_core::conversations::{checklist, conversation, conversation_store, mentoring_log};

pub mod checklist_about_page;
pub mod checklist_section;
pub mod checklist_settings_page;
pub mod checklist_state;
pub mod conversation_details;
pub mod conversation_editing;
pub mod conversation_links;
pub mod conversation_page;
pub mod conversation_records;
pub mod conversation_words;
pub mod conversations_page;
pub mod mentoring_log_page;
pub mod quick_cards;
