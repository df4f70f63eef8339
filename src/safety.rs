//! Protection against someone reading her screen: quick exit (a button and
//! Shift three times), the neutral page it goes to, wiping every trace of
//! Senda from the device (also, if she chooses, after wrong passphrases),
//! and plain words on what none of this can do.
pub use senda_core::safety::{disguise, neutral_site, shift_presses, wipe, wipe_after_tries};

pub mod after_wipe;
pub mod disguise_settings;
pub mod quick_exit;
pub mod quick_exit_settings;
pub mod safety_tips_page;
pub mod wipe_after_tries_setting;
pub mod wipe_now;
pub mod wipe_section;
