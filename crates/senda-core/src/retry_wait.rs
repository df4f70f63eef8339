//! How long Senda waits before asking again for one of its own files that
//! could not be fetched (a screen's chunk, the guide's strings). A line can
//! fail without the browser ever going offline (a captive portal, a flaky
//! mobile link), so the browser's `online` event alone would never come.

use std::time::Duration;

/// The wait after `failures` failed tries in a row: 5 s, doubling, at most a
/// minute, so a line that is back is noticed soon and one that stays down
/// costs her one small request a minute.
pub fn retry_wait(failures: u32) -> Duration {
    Duration::from_secs(5 << failures.min(4)).min(Duration::from_secs(60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_five_seconds_to_a_minute_and_stays_there() {
        let waits: Vec<u64> = (0..8).map(|failures| retry_wait(failures).as_secs()).collect();
        assert_eq!(waits, [5, 10, 20, 40, 60, 60, 60, 60]);
        assert_eq!(retry_wait(u32::MAX), Duration::from_secs(60));
    }
}
