//! One file that holds everything Senda keeps on this device, and putting it
//! back: `backup_file` is the format (fuzzed by property tests),
//! `backup_records` what goes in and how it is checked, `restore` the
//! all-or-nothing replacement with its undo snapshot, `backup_reminder` when
//! to remind her.
pub mod backup_file;
pub mod backup_records;
pub mod backup_reminder;
pub mod restore;
