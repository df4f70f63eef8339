//! How long Senda waits after wrong passphrases, wherever one is checked (the
//! lock screen, and Settings when the passphrase is changed or removed).
//! Three tries are free (typos happen); then the wait doubles from 5 s up to
//! 15 min, which makes guessing slow without locking the mentor out of her
//! own notes.
//!
//! The count of failed tries is what sets the wait. It begins at the time
//! stored with the last failure (so a reload or another tab does not reset
//! it) and is served on both clocks (`two_clocks`): moving the device's
//! clock forward in a tab that has been open a while, or back, skips nothing.
use serde::{Deserialize, Serialize};

use super::two_clocks::Moment;

const FREE_TRIES: u32 = 3;
const FIRST_DELAY_MS: f64 = 5_000.0;
const LONGEST_DELAY_MS: f64 = 15.0 * 60_000.0;

/// Kept readable in storage, so a reload does not reset the wait.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FailedTries {
    pub count: u32,
    pub last_ms: f64,
}

impl FailedTries {
    pub fn after_failure(self, now_ms: f64) -> Self {
        Self { count: self.count.saturating_add(1), last_ms: now_ms }
    }

    pub fn delay_ms(&self) -> f64 {
        if self.count < FREE_TRIES {
            return 0.0;
        }
        let doublings = (self.count - FREE_TRIES).min(16);
        (FIRST_DELAY_MS * f64::from(1u32 << doublings)).min(LONGEST_DELAY_MS)
    }

    /// Milliseconds left before the next try is accepted at `now`. A clock
    /// set back counts as no time waited.
    pub fn wait_left_ms(&self, now: Moment) -> f64 {
        now.left_of(self.delay_ms(), self.last_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(count: u32) -> FailedTries {
        (0..count).fold(FailedTries::default(), |tries, _| tries.after_failure(1_000.0))
    }

    #[test]
    fn the_wait_grows_after_three_wrong_tries_and_stops_growing() {
        let delays: Vec<f64> = [0, 1, 2, 3, 4, 5, 12, 40].iter().map(|&count| after(count).delay_ms()).collect();
        assert_eq!(delays, [0.0, 0.0, 0.0, 5_000.0, 10_000.0, 20_000.0, 900_000.0, 900_000.0]);
    }

    fn at(device_ms: f64, steady_ms: f64) -> Moment {
        Moment { device_ms, steady_ms }
    }

    #[test]
    fn the_wait_counts_from_the_last_wrong_try() {
        let tries = after(4);
        assert_eq!(tries.wait_left_ms(at(1_000.0, 1_000.0)), 10_000.0);
        assert_eq!(tries.wait_left_ms(at(6_000.0, 6_000.0)), 5_000.0);
        assert_eq!(tries.wait_left_ms(at(20_000.0, 20_000.0)), 0.0);
        assert_eq!(after(2).wait_left_ms(at(1_000.0, 1_000.0)), 0.0, "the first tries are free");
    }

    #[test]
    fn moving_the_clock_in_another_tab_does_not_skip_the_wait() {
        let tries = after(4);
        // A tab open since before the failure, its device clock an hour ahead.
        assert_eq!(tries.wait_left_ms(at(5_000.0 + 3_600_000.0, 5_000.0)), 6_000.0);
        // The device's clock moved back.
        assert_eq!(tries.wait_left_ms(at(0.0, 10_000.0)), 10_000.0);
    }
}
