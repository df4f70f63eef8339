//! Locking when she leaves the page: with a passphrase set, Senda locks once
//! the page has been hidden (another app, the app switcher, the screen off)
//! for longer than the chosen time, so a phone picked up later shows the lock
//! screen, not her notes. On by default once a passphrase is set.
use serde::{Deserialize, Serialize};

use super::two_clocks::Moment;

/// Seconds offered in Settings: at once, half a minute, two minutes.
pub const CHOICES_SECONDS: [u32; 3] = [0, 30, 120];

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct HideOnLeaving {
    pub on: bool,
    pub after_seconds: u32,
}

impl Default for HideOnLeaving {
    fn default() -> Self {
        Self { on: true, after_seconds: 30 }
    }
}

impl HideOnLeaving {
    /// Only what Settings offers ("off" keeps the last time chosen).
    pub fn is_valid(&self) -> bool {
        CHOICES_SECONDS.contains(&self.after_seconds)
    }

    /// Whether coming back at `now` to a page hidden since `hidden` must find
    /// Senda locked.
    pub fn locks(&self, hidden: Moment, now: Moment) -> bool {
        self.on && now.since(hidden) >= f64::from(self.after_seconds) * 1_000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_locks_after_the_chosen_time_away_and_only_when_on() {
        let at = |ms: f64| Moment { device_ms: ms, steady_ms: ms };
        let default = HideOnLeaving::default();
        assert!(!default.locks(at(0.0), at(29_999.0)));
        assert!(default.locks(at(0.0), at(30_000.0)));
        assert!(default.locks(at(0.0), Moment { device_ms: -3_560_000.0, steady_ms: 40_000.0 }), "clock set back");
        assert!(HideOnLeaving { on: true, after_seconds: 0 }.locks(at(5.0), at(5.0)), "at once");
        assert!(!HideOnLeaving { on: false, after_seconds: 0 }.locks(at(0.0), at(1e9)));
        assert!(HideOnLeaving { on: false, after_seconds: 30 }.is_valid());
        for after_seconds in [1, 29, 3_600, 100_000] {
            assert!(!HideOnLeaving { on: true, after_seconds }.is_valid(), "{after_seconds}");
        }
    }
}
