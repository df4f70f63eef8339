//! Opt-in: after this many wrong passphrases in a row, Senda erases itself
//! from the device (the pattern Tella offers). Off unless she turns it on,
//! because it cuts both ways: someone who forces her to open Senda can type
//! wrong passphrases on purpose, and an erased Senda can itself be noticed.
//! Only the counts Settings offers are kept, so a forged backup cannot set
//! it to one wrong try.
use serde::{Deserialize, Serialize};

/// The counts Settings offers; None is "never". Five is the least: three
/// tries are free of any wait (`retry_delay`), so typos alone rarely get there.
pub const OFFERED: [Option<u32>; 4] = [None, Some(5), Some(10), Some(20)];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WipeAfterTries {
    pub after: Option<u32>,
}

impl WipeAfterTries {
    pub fn is_valid(&self) -> bool {
        OFFERED.contains(&self.after)
    }

    /// Whether `failed` wrong tries in a row call for the erasure.
    pub fn is_due(&self, failed: u32) -> bool {
        self.is_valid() && self.after.is_some_and(|after| failed >= after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_never_erases_and_on_erases_from_the_chosen_count() {
        assert!(!WipeAfterTries::default().is_due(u32::MAX));
        let five = WipeAfterTries { after: Some(5) };
        assert!(!five.is_due(4));
        assert!(five.is_due(5));
        assert!(five.is_due(6), "a try counted in another tab meanwhile still erases");
    }

    #[test]
    fn a_count_settings_does_not_offer_erases_nothing() {
        for after in [Some(0), Some(1), Some(4), Some(1000)] {
            let forged = WipeAfterTries { after };
            assert!(!forged.is_valid());
            assert!(!forged.is_due(u32::MAX), "{after:?}");
        }
    }
}
