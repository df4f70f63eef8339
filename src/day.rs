//! Calendar days as every feature stores them ("2026-11-29"), counted as
//! days since 1970-01-01 so that windows, gaps and month ends are plain
//! arithmetic. The conversion is Howard Hinnant's `days_from_civil` and
//! `civil_from_days` (proleptic Gregorian calendar).

/// Days since 1970-01-01, or None for text that is not a real day.
pub fn number(day: &str) -> Option<i64> {
    let bytes = day.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: i64 = day.get(0..4)?.parse().ok()?;
    let month: i64 = day.get(5..7)?.parse().ok()?;
    let date: i64 = day.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&month) || date < 1 || date > days_in_month(year, month) {
        return None;
    }
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + date - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

/// The day `number` days after 1970-01-01.
pub fn from_number(number: i64) -> String {
    let shifted = number + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let date = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{date:02}")
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(month - 1) as usize]
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
