//! Time as the lock counts it, on two clocks. The device's clock (`Date.now`)
//! lasts across reloads but anyone holding the phone can move it; the page's
//! steady clock (`performance.timeOrigin + performance.now()`) cannot be moved
//! once the page has started, but may stand still while the phone sleeps.
//! Neither is trusted alone: time away is the larger of the two, and a
//! device clock that falls behind the steady one was set back, which counts
//! as all the time in the world.

/// One instant on both clocks, in milliseconds since 1970.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Moment {
    pub device_ms: f64,
    pub steady_ms: f64,
}

/// How far the device's clock may fall behind the steady one before it
/// counts as set back (the browser's own corrections are far smaller).
const SET_BACK_MS: f64 = 5_000.0;

impl Moment {
    /// Milliseconds from `earlier` to this moment, as the clock that says more.
    pub fn since(&self, earlier: Moment) -> f64 {
        let device = self.device_ms - earlier.device_ms;
        let steady = self.steady_ms - earlier.steady_ms;
        if device < steady - SET_BACK_MS { f64::INFINITY } else { device.max(steady) }
    }

    /// Milliseconds left of `wait_ms` begun at `began_ms` on the device's
    /// clock (a time stored by any tab), as the clock that says more is left.
    /// A clock that reads earlier than `began_ms` was set back: all is left.
    pub fn left_of(&self, wait_ms: f64, began_ms: f64) -> f64 {
        let left_on = |clock_ms: f64| if clock_ms < began_ms { wait_ms } else { began_ms + wait_ms - clock_ms };
        left_on(self.device_ms).max(left_on(self.steady_ms)).clamp(0.0, wait_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: Moment = Moment { device_ms: 1_000_000.0, steady_ms: 1_000_000.0 };

    fn later(device_by: f64, steady_by: f64) -> Moment {
        Moment { device_ms: AT.device_ms + device_by, steady_ms: AT.steady_ms + steady_by }
    }

    #[test]
    fn time_away_is_what_the_clock_that_says_more_says() {
        assert_eq!(later(40_000.0, 40_000.0).since(AT), 40_000.0);
        assert_eq!(later(3_600_000.0, 0.0).since(AT), 3_600_000.0, "the phone slept: the steady clock stood still");
        assert_eq!(later(1_000.0, 4_000.0).since(AT), 4_000.0, "a small correction of the device's clock");
    }

    #[test]
    fn a_device_clock_set_back_counts_as_all_the_time_in_the_world() {
        assert_eq!(later(40_000.0 - 3_600_000.0, 40_000.0).since(AT), f64::INFINITY);
        assert_eq!(later(-3_600_000.0, 0.0).since(AT), f64::INFINITY, "set back, and the phone slept");
    }

    #[test]
    fn a_wait_stored_by_any_tab_holds_on_both_clocks() {
        let began = AT.device_ms;
        assert_eq!(later(4_000.0, 4_000.0).left_of(10_000.0, began), 6_000.0);
        assert_eq!(later(3_600_000.0, 4_000.0).left_of(10_000.0, began), 6_000.0, "device clock moved forward");
        assert_eq!(later(-3_600_000.0, 4_000.0).left_of(10_000.0, began), 10_000.0, "device clock moved back");
        assert_eq!(later(20_000.0, 20_000.0).left_of(10_000.0, began), 0.0);
    }
}
