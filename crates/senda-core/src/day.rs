//! Dates and times as every feature stores them ("2026-11-29",
//! "2026-11-29T14:35", "14:35"), read into chrono's types so that the
//! calendar (month lengths, leap years, month arithmetic) is chrono's and
//! never written by hand. Days are also counted from 1970-01-01 so that
//! windows and gaps are plain arithmetic. The stored text is unchanged.
//!
//! Reading is by hand on the fixed shapes, then checked by chrono
//! (`from_ymd_opt`, `from_hms_opt`): chrono's own parser would bring its
//! format machinery into the first download for the same three shapes.
use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};

/// 1970-01-01: chrono's default date.
fn epoch() -> NaiveDate {
    NaiveDate::default()
}

/// The number written in `text[range]`, digits only.
fn digits(text: &str, range: std::ops::Range<usize>) -> Option<u32> {
    text.get(range).filter(|part| part.bytes().all(|b| b.is_ascii_digit())).and_then(|part| part.parse().ok())
}

/// The date of "2026-11-29", or None for text that is not a real day.
pub fn date(day: &str) -> Option<NaiveDate> {
    let bytes = day.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(day, 0..4)? as i32, digits(day, 5..7)?, digits(day, 8..10)?)
}

/// The time of "14:35" as a time field writes it, or None.
pub fn time(text: &str) -> Option<NaiveTime> {
    if text.len() != 5 || text.as_bytes()[2] != b':' {
        return None;
    }
    NaiveTime::from_hms_opt(digits(text, 0..2)?, digits(text, 3..5)?, 0)
}

/// "2026-11-29T14:35" as a `datetime-local` field writes it, or None: a real
/// calendar day (never 2026-02-31) and a real time of day.
pub fn date_time(text: &str) -> Option<NaiveDateTime> {
    let (day, clock) = text.split_once('T')?;
    Some(date(day)?.and_time(time(clock)?))
}

/// "2026-11-29".
pub fn day_text(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// "2026-11-29T14:35".
pub fn date_time_text(at: NaiveDateTime) -> String {
    format!("{}T{:02}:{:02}", day_text(at.date()), at.hour(), at.minute())
}

/// "2026-11" for the month of `date`.
pub fn month_text(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// The day `months` months after `date`; a 31st lands on the last day of a
/// shorter month (chrono's rule), None past the end of the calendar.
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

/// `days` days in milliseconds, for rules kept on the millisecond clock
/// (the journal's recently deleted, the backup reminder).
pub fn days_ms(days: i64) -> i64 {
    TimeDelta::days(days).num_milliseconds()
}

/// Days since 1970-01-01, or None for text that is not a real day.
pub fn number(day: &str) -> Option<i64> {
    date(day).map(|date| date.signed_duration_since(epoch()).num_days())
}

/// The day `number` days after 1970-01-01.
pub fn from_number(number: i64) -> String {
    let date = if number >= 0 {
        epoch().checked_add_days(Days::new(number.unsigned_abs()))
    } else {
        epoch().checked_sub_days(Days::new(number.unsigned_abs()))
    };
    date.map_or_else(String::new, day_text)
}

/// The `count` days that end on `last`, oldest first.
pub fn window(last: &str, count: usize) -> Vec<String> {
    let Some(end) = number(last) else { return Vec::new() };
    (0..count as i64).rev().map(|back| from_number(end - back)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_from_1970_and_back() {
        assert_eq!(number("1970-01-01"), Some(0));
        assert_eq!(number("2026-11-29"), Some(20_786));
        for n in [-1, 0, 59, 365, 11_016, 20_786, 30_000] {
            assert_eq!(number(&from_number(n)), Some(n));
        }
    }

    #[test]
    fn month_ends_and_leap_days() {
        assert_eq!(number("2028-03-01").unwrap() - number("2028-02-28").unwrap(), 2);
        assert_eq!(number("2026-03-01").unwrap() - number("2026-02-28").unwrap(), 1);
        assert_eq!(number("2028-02-29"), Some(number("2028-02-28").unwrap() + 1), "2028 is a leap year");
        assert_eq!(window("2026-03-02", 3), ["2026-02-28", "2026-03-01", "2026-03-02"]);
        assert_eq!(window("2026-12-31", 2), ["2026-12-30", "2026-12-31"]);
        assert_eq!(window("2027-01-01", 2), ["2026-12-31", "2027-01-01"]);
    }

    #[test]
    fn days_that_do_not_exist_are_refused_in_every_shape() {
        for bad in [
            "2026-02-29",
            "2026-02-31",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-11-29",
            "2026-11-2x",
        ] {
            assert_eq!(date(bad), None, "{bad}");
            assert_eq!(date_time(&format!("{bad}T10:00")), None, "{bad}T10:00");
        }
        for bad in ["24:00", "10:60", "9:30", "10-30", "10:3a", ""] {
            assert_eq!(time(bad), None, "{bad}");
            assert_eq!(date_time(&format!("2026-11-29T{bad}")), None, "2026-11-29T{bad}");
        }
        assert_eq!(date_time("2026-11-29"), None, "a day without a time");
    }

    #[test]
    fn stored_text_reads_back_unchanged() {
        for day in ["2026-11-29", "2028-02-29", "1999-12-31", "0001-01-01"] {
            assert_eq!(date(day).map(day_text).as_deref(), Some(day));
        }
        for at in ["2026-11-29T14:35", "2026-11-29T00:00", "2028-02-29T23:59"] {
            assert_eq!(date_time(at).map(date_time_text).as_deref(), Some(at));
        }
        assert_eq!(date("2026-11-29").map(month_text).as_deref(), Some("2026-11"));
    }

    #[test]
    fn months_added_at_month_ends_and_leap_years() {
        let plus = |day: &str, months| add_months(date(day).unwrap(), months).map(day_text);
        assert_eq!(plus("2026-11-15", 6).as_deref(), Some("2027-05-15"));
        assert_eq!(plus("2026-08-31", 6).as_deref(), Some("2027-02-28"), "no Feb 31st: its last day");
        assert_eq!(plus("2027-08-31", 6).as_deref(), Some("2028-02-29"), "2028 is a leap year");
        assert_eq!(plus("2028-02-29", 12).as_deref(), Some("2029-02-28"));
        assert_eq!(plus("2026-01-31", 1).as_deref(), Some("2026-02-28"));
        assert_eq!(plus("2026-12-31", 1).as_deref(), Some("2027-01-31"));
    }

    #[test]
    fn thirty_days_on_the_millisecond_clock() {
        assert_eq!(days_ms(30), 30 * 24 * 60 * 60 * 1000);
    }
}
