//! When the app locks itself: after a chosen time without a touch or a key,
//! and when it comes back after being hidden for that long (timers do not run
//! reliably in a hidden tab, so both are checked from the last activity),
//! counted on both clocks (`two_clocks`).
use serde::{Deserialize, Serialize};

use super::two_clocks::Moment;

/// Minutes offered in Settings; 5 is the default.
pub const IDLE_CHOICES_MINUTES: [u32; 5] = [1, 2, 5, 15, 30];

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct AutoLock {
    /// Stored in seconds so tests can use a short time.
    pub idle_seconds: u32,
}

impl Default for AutoLock {
    fn default() -> Self {
        Self { idle_seconds: 5 * 60 }
    }
}

impl AutoLock {
    /// Only the times Settings offers: a stored or restored value of a
    /// second would lock her out of every screen, one of a day would leave
    /// Senda open.
    pub fn is_valid(&self) -> bool {
        IDLE_CHOICES_MINUTES.iter().any(|minutes| minutes * 60 == self.idle_seconds)
    }

    pub fn is_due(&self, last_activity: Moment, now: Moment) -> bool {
        now.since(last_activity) >= f64::from(self.idle_seconds) * 1_000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_locks_after_five_minutes_by_default_and_not_before() {
        let at = |ms: f64| Moment { device_ms: ms, steady_ms: ms };
        let auto = AutoLock::default();
        assert!(!auto.is_due(at(0.0), at(299_999.0)));
        assert!(auto.is_due(at(0.0), at(300_000.0)));
        let set_back = Moment { device_ms: -3_600_000.0, steady_ms: 10_000.0 };
        assert!(auto.is_due(at(0.0), set_back), "a clock set back an hour does not keep Senda open");
    }

    #[test]
    fn only_the_offered_times_are_valid() {
        assert!(AutoLock::default().is_valid());
        assert!(AutoLock { idle_seconds: 15 * 60 }.is_valid());
        for seconds in [0, 1, 59, 61, 31 * 60, 86_400] {
            assert!(!AutoLock { idle_seconds: seconds }.is_valid(), "{seconds}");
        }
    }
}
