//! A reminder to make a backup when the last one is over 30 days old (5
//! where the browser deletes after seven days: `settings::safari_eviction`).
//! Put away, it stays away as long again: a reminder, not a nag.
use serde::{Deserialize, Serialize};

/// When the last backup was made and when the reminder was last put away.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BackupHistory {
    pub last_backup_ms: Option<i64>,
    pub reminder_dismissed_ms: Option<i64>,
}

/// `oldest_entry_ms`: when her oldest entry was written, None with no
/// entries (nothing to lose yet); `every_days`: how old a backup may get.
pub fn should_remind(history: &BackupHistory, oldest_entry_ms: Option<i64>, now_ms: i64, every_days: i64) -> bool {
    let every = crate::day::days_ms(every_days);
    let Some(oldest) = oldest_entry_ms else { return false };
    let unprotected_since = history.last_backup_ms.unwrap_or(oldest);
    let dismissed_recently = history.reminder_dismissed_ms.is_some_and(|at| now_ms - at < every);
    now_ms - unprotected_since > every && !dismissed_recently
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 24 * 60 * 60 * 1000;

    #[test]
    fn it_reminds_after_30_days_without_a_backup() {
        let never = BackupHistory::default();
        assert!(!should_remind(&never, None, 100 * DAY, 30), "nothing written yet");
        assert!(!should_remind(&never, Some(90 * DAY), 100 * DAY, 30), "her first entries are recent");
        assert!(should_remind(&never, Some(60 * DAY), 100 * DAY, 30));
        let recent = BackupHistory { last_backup_ms: Some(80 * DAY), ..Default::default() };
        assert!(!should_remind(&recent, Some(0), 100 * DAY, 30));
        let old = BackupHistory { last_backup_ms: Some(60 * DAY), ..Default::default() };
        assert!(should_remind(&old, Some(0), 100 * DAY, 30));
    }

    #[test]
    fn put_away_it_stays_away_for_30_days() {
        let dismissed = BackupHistory { last_backup_ms: Some(0), reminder_dismissed_ms: Some(90 * DAY) };
        assert!(!should_remind(&dismissed, Some(0), 100 * DAY, 30));
        assert!(should_remind(&dismissed, Some(0), 121 * DAY, 30));
    }

    #[test]
    fn where_the_browser_deletes_after_seven_days_it_reminds_after_five() {
        let never = BackupHistory::default();
        assert!(should_remind(&never, Some(94 * DAY), 100 * DAY, 5));
        assert!(!should_remind(&never, Some(94 * DAY), 100 * DAY, 30));
    }
}
