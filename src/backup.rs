//! One file that holds everything Senda keeps on this device, and putting it
//! back. `backup_file` is the format (pure, fuzzed by property tests),
//! `restore` the all-or-nothing replacement with its undo snapshot; the
//! other files are the browser side.
pub use senda_core::backup::{backup_file, backup_records, backup_reminder, restore};

pub mod backup_download;
pub mod backup_reminder_notice;
pub mod backup_section;
pub mod setting_changes;
