//! How long the lock screen waits after wrong passphrases. Three tries are
//! free (typos happen); then the wait doubles from 5 s up to 15 min, which
//! makes guessing slow without locking the mentor out of her own notes.
use serde::{Deserialize, Serialize};

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

    /// Milliseconds left before the next try is accepted.
    pub fn wait_left_ms(&self, now_ms: f64) -> f64 {
        (self.last_ms + self.delay_ms() - now_ms).max(0.0)
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

    #[test]
    fn the_wait_counts_from_the_last_wrong_try() {
        let tries = after(4);
        assert_eq!(tries.wait_left_ms(1_000.0), 10_000.0);
        assert_eq!(tries.wait_left_ms(6_000.0), 5_000.0);
        assert_eq!(tries.wait_left_ms(20_000.0), 0.0);
    }
}
