//! Preferences for this device. Later issues add the lock, backups and the
//! programme's start date here.
pub mod settings_page;
