//! The quick-exit shortcut from GOV.UK's "Exit this page": Shift pressed
//! three times within 3 seconds. Escape is avoided because it also stops a
//! page from loading.
const PRESSES: usize = 3;
const WINDOW_MS: f64 = 3_000.0;

#[derive(Default)]
pub struct ShiftPresses {
    recent: Vec<f64>,
}

impl ShiftPresses {
    /// Counts one press; true when it is the third within the window.
    pub fn press(&mut self, now_ms: f64) -> bool {
        self.recent.retain(|&at| now_ms - at < WINDOW_MS);
        self.recent.push(now_ms);
        if self.recent.len() >= PRESSES {
            self.recent.clear();
            return true;
        }
        false
    }

    /// Any other key breaks the sequence, so typing capitals never exits.
    pub fn other_key(&mut self) {
        self.recent.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_presses_within_three_seconds_exit() {
        let mut presses = ShiftPresses::default();
        assert!(!presses.press(0.0));
        assert!(!presses.press(1_000.0));
        assert!(presses.press(2_900.0));
    }

    #[test]
    fn slow_presses_or_typing_in_between_do_not() {
        let mut presses = ShiftPresses::default();
        presses.press(0.0);
        presses.press(1_000.0);
        assert!(!presses.press(3_500.0), "the first press is too old");
        let mut typing = ShiftPresses::default();
        typing.press(0.0);
        typing.other_key();
        typing.press(100.0);
        assert!(!typing.press(200.0));
    }
}
