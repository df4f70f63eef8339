//! A day's check-in: a few taps about mood, energy, sleep, stress,
//! flashbacks, boundaries and what helped, and a short note. Every part is
//! optional, so a check-in of one tap counts, and no day is ever "missed".
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::day::Day;

/// A 1–5 rating: 1 is low (little energy, much stress), 5 is high.
pub type Rating = u8;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Flashbacks {
    None,
    Some,
    Many,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Her local day.
    pub day: Day,
    #[serde(default)]
    pub mood: Option<Rating>,
    #[serde(default)]
    pub energy: Option<Rating>,
    /// Hours slept, in half hours (0–24).
    #[serde(default)]
    pub sleep_hours: Option<f32>,
    #[serde(default)]
    pub sleep_quality: Option<Rating>,
    #[serde(default)]
    pub stress: Option<Rating>,
    #[serde(default)]
    pub flashbacks: Option<Flashbacks>,
    #[serde(default)]
    pub kept_boundaries: Option<bool>,
    /// Ids of her activities that helped today.
    #[serde(default)]
    pub helped: Vec<String>,
    #[serde(default)]
    pub note: String,
}

/// Longest note, in characters: a line or two, not a journal entry.
pub const NOTE_LIMIT: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckInProblem {
    Empty,
    NoteTooLong,
    OutOfRange,
}

impl CheckIn {
    pub fn blank(day: Day) -> CheckIn {
        CheckIn { day, ..CheckIn::default() }
    }

    /// Hours of sleep as she types them: "7.5" or, as Spanish and Catalan
    /// write it, "7,5"; nothing readable is no answer.
    pub fn set_sleep_hours(&mut self, typed: &str) {
        self.sleep_hours = typed.trim().replace(',', ".").parse().ok();
    }

    /// Marks an activity as one that helped today, once, or not.
    pub fn set_helped(&mut self, activity_id: &str, helped: bool) {
        self.helped.retain(|known| known != activity_id);
        if helped {
            self.helped.push(activity_id.to_owned());
        }
    }

    /// Whether anything beyond mood, energy and stress is answered: the
    /// form then opens its "More" part, so nothing she gave is out of sight.
    pub fn has_more_than_the_quick_answers(&self) -> bool {
        self.sleep_hours.is_some()
            || self.sleep_quality.is_some()
            || self.flashbacks.is_some()
            || self.kept_boundaries.is_some()
            || !self.helped.is_empty()
            || !self.note.trim().is_empty()
    }

    /// Fit to keep: something answered, every value in its range.
    pub fn check(&self) -> Result<(), CheckInProblem> {
        let ratings = [self.mood, self.energy, self.sleep_quality, self.stress];
        if ratings.iter().flatten().any(|rating| !(1..=5).contains(rating))
            || self.sleep_hours.is_some_and(|hours| !(0.0..=24.0).contains(&hours))
        {
            return Err(CheckInProblem::OutOfRange);
        }
        if self.note.chars().count() > NOTE_LIMIT {
            return Err(CheckInProblem::NoteTooLong);
        }
        let answered = ratings.iter().any(Option::is_some)
            || self.sleep_hours.is_some()
            || self.flashbacks.is_some()
            || self.kept_boundaries.is_some()
            || !self.helped.is_empty()
            || !self.note.trim().is_empty();
        if answered { Ok(()) } else { Err(CheckInProblem::Empty) }
    }
}

/// A month of check-ins, stored as one record (`self-care/month-2026-11`):
/// a day's save rewrites at most 31 small entries, and the trends of 90 days
/// read four records, however many years she has kept.
pub type Month = BTreeMap<Day, CheckIn>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::day::day;

    #[test]
    fn hours_of_sleep_take_a_decimal_comma_or_point() {
        let mut check_in = CheckIn::blank(day("2026-11-29"));
        for (typed, hours) in [("7,5", Some(7.5)), ("6.5", Some(6.5)), (" 8 ", Some(8.0)), ("", None), ("seven", None)]
        {
            check_in.set_sleep_hours(typed);
            assert_eq!(check_in.sleep_hours, hours, "{typed:?}");
        }
    }

    #[test]
    fn one_tap_is_a_check_in_and_nothing_is_not() {
        let mut check_in = CheckIn::blank(day("2026-11-29"));
        assert_eq!(check_in.check(), Err(CheckInProblem::Empty));
        check_in.mood = Some(4);
        assert_eq!(check_in.check(), Ok(()));
        check_in.note = "  ".into();
        assert_eq!(check_in.check(), Ok(()));
    }

    #[test]
    fn more_than_the_quick_answers_is_anything_past_mood_energy_and_stress() {
        let quick = CheckIn { mood: Some(4), energy: Some(3), stress: Some(2), ..CheckIn::blank(day("2026-11-29")) };
        assert!(!quick.has_more_than_the_quick_answers());
        assert!(CheckIn { note: "slept badly".into(), ..quick.clone() }.has_more_than_the_quick_answers());
        let mut walked = quick.clone();
        walked.set_helped("walk", true);
        walked.set_helped("walk", true);
        assert_eq!(walked.helped, ["walk"], "once");
        assert!(walked.has_more_than_the_quick_answers());
        walked.set_helped("walk", false);
        assert!(walked.helped.is_empty());
        assert!(CheckIn { kept_boundaries: Some(false), ..quick }.has_more_than_the_quick_answers());
    }

    #[test]
    fn values_out_of_range_are_refused() {
        let with = |change: fn(&mut CheckIn)| {
            let mut check_in = CheckIn::blank(day("2026-11-29"));
            change(&mut check_in);
            check_in.check()
        };
        assert_eq!(with(|c| c.mood = Some(0)), Err(CheckInProblem::OutOfRange));
        assert_eq!(with(|c| c.stress = Some(6)), Err(CheckInProblem::OutOfRange));
        assert_eq!(with(|c| c.sleep_hours = Some(25.0)), Err(CheckInProblem::OutOfRange));
        assert_eq!(with(|c| c.note = "x".repeat(NOTE_LIMIT + 1)), Err(CheckInProblem::NoteTooLong));
        assert_eq!(with(|c| c.sleep_hours = Some(7.5)), Ok(()));
    }

    #[test]
    fn a_stored_check_in_on_a_day_that_does_not_exist_does_not_read() {
        for bad in ["2026-02-29", "2026-02-31", "2026-11-29T10:00"] {
            let stored = format!(r#"{{"day":"{bad}","mood":3}}"#);
            assert!(serde_json::from_str::<CheckIn>(&stored).is_err(), "{bad} is not a day");
        }
        let leap: CheckIn = serde_json::from_str(r#"{"day":"2028-02-29","mood":3}"#).unwrap();
        assert_eq!(leap.check(), Ok(()), "a leap day is");
    }
}
