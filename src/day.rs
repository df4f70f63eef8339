//! Calendar days as every feature stores them ("2026-11-29"), counted as
//! days since 1970-01-01 so that windows, gaps and month ends are plain
//! arithmetic. The calendar (month lengths, leap years) is chrono's
//! `NaiveDate`; the stored text stays exactly as before. Parsing is by hand
//! on the fixed "YYYY-MM-DD" shape, which keeps chrono's format machinery
//! out of the download.
use chrono::{Datelike, Days, NaiveDate};

/// 1970-01-01: chrono's default date.
fn epoch() -> NaiveDate {
    NaiveDate::default()
}

/// The date of "2026-11-29", or None for text that is not a real day.
pub fn date(day: &str) -> Option<NaiveDate> {
    let bytes = day.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| {
        day.get(range).filter(|part| part.bytes().all(|b| b.is_ascii_digit())).and_then(|part| part.parse().ok())
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
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
    date.map_or_else(String::new, |date| format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()))
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
        assert_eq!(number("2026-02-29"), None);
        assert_eq!(number("2026-13-01"), None);
        assert_eq!(window("2026-03-02", 3), ["2026-02-28", "2026-03-01", "2026-03-02"]);
        assert_eq!(window("2026-12-31", 2), ["2026-12-30", "2026-12-31"]);
        assert_eq!(window("2027-01-01", 2), ["2026-12-31", "2027-01-01"]);
    }
}
