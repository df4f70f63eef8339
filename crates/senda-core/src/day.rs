//! Dates and times as every feature stores them ("2026-11-29",
//! "2026-11-29T14:35", "14:35"), read into chrono's types so that the
//! calendar (month lengths, leap years, month arithmetic) is chrono's and
//! never written by hand. A record's day is a `Day`: it is a real calendar
//! day from the moment it is read, so no rule checks its text again. The
//! stored text is unchanged.
//!
//! Reading is by hand on the fixed shapes, then checked by chrono
//! (`from_ymd_opt`, `from_hms_opt`): chrono's own parser would bring its
//! format machinery into the first download for the same three shapes.
use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Display, and serde as the stored text, for a type with `parse` and a
/// text form: a stored value that is not a real one does not read, so the
/// record it is in counts as unreadable and is left as it was.
macro_rules! stored_as_text {
    ($type:ty, $refusal:literal) => {
        impl fmt::Display for $type {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(&self.text())
            }
        }

        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                <$type>::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("{}: {text:?}", $refusal)))
            }
        }
    };
}

/// One calendar day, stored as "2026-11-29". Days sort in calendar order,
/// as their text does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(NaiveDate);

impl Day {
    /// The day "2026-11-29" names, or None for text that is not a real day.
    pub fn parse(text: &str) -> Option<Day> {
        date(text).map(Day)
    }

    pub fn from_date(date: NaiveDate) -> Day {
        Day(date)
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    /// Days since 1970-01-01, so that windows and gaps are plain arithmetic.
    pub fn number(self) -> i64 {
        self.0.signed_duration_since(epoch()).num_days()
    }

    /// The day `number` days after 1970-01-01, None past chrono's calendar.
    pub fn from_number(number: i64) -> Option<Day> {
        let date = if number >= 0 {
            epoch().checked_add_days(Days::new(number.unsigned_abs()))
        } else {
            epoch().checked_sub_days(Days::new(number.unsigned_abs()))
        };
        date.map(Day)
    }

    /// Days from `earlier` to this day (negative when `earlier` is later).
    pub fn days_since(self, earlier: Day) -> i64 {
        self.number() - earlier.number()
    }

    /// "2026-11" for this day's month.
    pub fn month_text(self) -> String {
        month_text(self.0)
    }

    /// "2026-11-29".
    fn text(self) -> String {
        day_text(self.0)
    }
}

stored_as_text!(Day, "not a calendar day");

/// A local day and time to the minute, stored as a `datetime-local` field
/// writes it: "2026-11-29T14:35". They sort in time order, as their text does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayTime(NaiveDateTime);

impl DayTime {
    /// The moment "2026-11-29T14:35" names, or None: a real calendar day
    /// (never 2026-02-31) and a real time of day.
    pub fn parse(text: &str) -> Option<DayTime> {
        date_time(text).map(DayTime)
    }

    pub fn from_date_time(at: NaiveDateTime) -> DayTime {
        DayTime(at)
    }

    pub fn date_time(self) -> NaiveDateTime {
        self.0
    }

    pub fn day(self) -> Day {
        Day(self.0.date())
    }

    /// "2026-11-29T14:35".
    fn text(self) -> String {
        date_time_text(self.0)
    }
}

stored_as_text!(DayTime, "not a day and time");

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

/// The `count` days that end on `last`, oldest first.
pub fn window(last: Day, count: usize) -> Vec<Day> {
    let end = last.number();
    (0..count as i64).rev().filter_map(|back| Day::from_number(end - back)).collect()
}

/// A day a test writes out, which must be a real one.
#[cfg(test)]
pub(crate) fn day(text: &str) -> Day {
    Day::parse(text).expect("a test's day is a real day")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(days: Vec<Day>) -> Vec<String> {
        days.into_iter().map(|day| day.to_string()).collect()
    }

    #[test]
    fn days_count_from_1970_and_back() {
        assert_eq!(day("1970-01-01").number(), 0);
        assert_eq!(day("2026-11-29").number(), 20_786);
        for n in [-1, 0, 59, 365, 11_016, 20_786, 30_000] {
            assert_eq!(Day::from_number(n).map(Day::number), Some(n));
        }
    }

    #[test]
    fn month_ends_and_leap_days() {
        assert_eq!(day("2028-03-01").days_since(day("2028-02-28")), 2, "2028 is a leap year");
        assert_eq!(day("2026-03-01").days_since(day("2026-02-28")), 1);
        assert_eq!(texts(window(day("2026-03-02"), 3)), ["2026-02-28", "2026-03-01", "2026-03-02"]);
        assert_eq!(texts(window(day("2026-12-31"), 2)), ["2026-12-30", "2026-12-31"]);
        assert_eq!(texts(window(day("2027-01-01"), 2)), ["2026-12-31", "2027-01-01"]);
    }

    #[test]
    fn a_day_belongs_to_its_month() {
        assert_eq!(day("2026-11-29").month_text(), "2026-11");
        assert_eq!(day("2027-01-01").month_text(), "2027-01");
    }

    #[test]
    fn a_stored_day_reads_only_when_it_is_a_real_one_and_writes_back_unchanged() {
        let read: Day = serde_json::from_str("\"2028-02-29\"").unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), "\"2028-02-29\"");
        for bad in ["\"2026-02-30\"", "\"2026-11-29T10:00\"", "\"\"", "20261129"] {
            assert!(serde_json::from_str::<Day>(bad).is_err(), "{bad}");
        }
        let month: std::collections::BTreeMap<Day, u8> =
            serde_json::from_str(r#"{"2026-11-02":2,"2026-11-01":1}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&month).unwrap(),
            r#"{"2026-11-01":1,"2026-11-02":2}"#,
            "map keys in day order"
        );
        assert!(day("2026-12-01") > day("2026-11-30"));
        let at: DayTime = serde_json::from_str("\"2026-11-29T14:35\"").unwrap();
        assert_eq!((at.to_string(), at.day()), ("2026-11-29T14:35".to_owned(), day("2026-11-29")));
        assert_eq!(serde_json::to_string(&at).unwrap(), "\"2026-11-29T14:35\"");
        for bad in ["\"2026-02-31T10:00\"", "\"2026-11-29T24:00\"", "\"2026-11-29\""] {
            assert!(serde_json::from_str::<DayTime>(bad).is_err(), "{bad}");
        }
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
