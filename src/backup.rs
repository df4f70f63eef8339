//! One file that holds everything Senda keeps on this device, and putting it
//! back. `backup_file` is the format (pure, fuzzed by property tests),
//! `restore` the all-or-nothing replacement with its undo snapshot; the
//! other files are the browser side.
pub mod backup_file;
pub mod backup_records;
pub mod backup_reminder;
pub mod restore;

pub mod backup_download;
pub mod backup_reminder_notice;
pub mod backup_section;
pub mod setting_changes;
