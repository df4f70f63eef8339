//! The check-in reminder, honestly: Senda has no server, so it cannot wake a
//! closed phone. It shows a gentle prompt when she opens Senda after her
//! chosen time on a day without a check-in, until she checks in or says
//! "not today" (which holds for the rest of that visit).
use chrono::Timelike;

/// "HH:MM" as a time input writes it, or None.
pub fn parse_time(text: &str) -> Option<u16> {
    let at = crate::day::time(text)?;
    u16::try_from(at.num_seconds_from_midnight() / 60).ok()
}

/// Whether to show the prompt: a reminder is set, its time has come today,
/// there is no check-in today, and she has not put it off today.
pub fn is_due(reminder: Option<&str>, now_minutes: u16, checked_in_today: bool, put_off_today: bool) -> bool {
    reminder.and_then(parse_time).is_some_and(|at| now_minutes >= at) && !checked_in_today && !put_off_today
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_a_time_field_writes_them() {
        assert_eq!(parse_time("20:30"), Some(1230));
        assert_eq!(parse_time("00:00"), Some(0));
        for bad in ["24:00", "12:60", "8:30", "", "ab:cd"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_prompt_waits_for_its_time_and_steps_aside() {
        assert!(!is_due(None, 1300, false, false));
        assert!(!is_due(Some("20:30"), 1229, false, false));
        assert!(is_due(Some("20:30"), 1230, false, false));
        assert!(!is_due(Some("20:30"), 1300, true, false), "already checked in");
        assert!(!is_due(Some("20:30"), 1300, false, true), "put off today");
    }
}
