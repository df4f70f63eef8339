//! The check-in reminder, honestly: Senda has no server, so it cannot wake a
//! closed phone. It shows a gentle prompt when she opens Senda after her
//! chosen time on a day without a check-in, until she checks in or says
//! "not today" (which holds for the rest of that visit).
use chrono::NaiveTime;

/// "HH:MM" as a time input writes it, or None: the only reminder kept.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    crate::day::time(text)
}

/// Whether to show the prompt: a reminder is set, its time has come today
/// (`now`, the phone's local time), there is no check-in today, and she has
/// not put it off today.
pub fn is_due(reminder: Option<&str>, now: NaiveTime, checked_in_today: bool, put_off_today: bool) -> bool {
    reminder.and_then(parse_time).is_some_and(|at| now >= at) && !checked_in_today && !put_off_today
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_a_time_field_writes_them() {
        assert_eq!(parse_time("20:30"), NaiveTime::from_hms_opt(20, 30, 0));
        assert_eq!(parse_time("00:00"), Some(NaiveTime::MIN));
        for bad in ["24:00", "12:60", "8:30", "", "ab:cd"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_prompt_waits_for_its_time_and_steps_aside() {
        let at = |hour, minute| NaiveTime::from_hms_opt(hour, minute, 0).unwrap();
        assert!(!is_due(None, at(21, 40), false, false));
        assert!(!is_due(Some("20:30"), at(20, 29), false, false));
        assert!(is_due(Some("20:30"), at(20, 30), false, false));
        assert!(!is_due(Some("20:30"), at(21, 40), true, false), "already checked in");
        assert!(!is_due(Some("20:30"), at(21, 40), false, true), "put off today");
    }
}
