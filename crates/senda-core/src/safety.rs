//! The rules of protection against someone reading her screen: the neutral
//! page quick exit goes to (`neutral_site`), Shift three times
//! (`shift_presses`), the disguise (`disguise`), and wiping every trace of
//! Senda (`wipe`, also after wrong passphrases: `wipe_after_tries`).
pub mod disguise;
pub mod neutral_site;
pub mod shift_presses;
pub mod wipe;
pub mod wipe_after_tries;
