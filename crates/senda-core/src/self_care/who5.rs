//! The WHO-5 Well-Being Index (WHO 1998; Psychiatric Research Unit, Mental
//! Health Centre North Zealand): five statements about the last two weeks,
//! each answered 0 ("at no time") to 5 ("all of the time"). The raw score
//! 0–25 times 4 gives 0–100. A raw score under 13, or a drop of 10 points
//! or more since the last time, is a reason to talk to someone: Senda then
//! suggests it gently, in words that fit where the score ends, and never
//! diagnoses.
use serde::{Deserialize, Serialize};

use crate::day::Day;

pub const ITEMS: usize = 5;
/// Offered again after two weeks: the index asks about the last two weeks.
pub const EVERY_DAYS: i64 = 14;
const LOW_RAW: u8 = 13;
const MEANINGFUL_DROP: i16 = 10;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who5 {
    pub day: Day,
    /// Each 0–5, in the order of the five statements.
    pub answers: [u8; ITEMS],
}

impl Who5 {
    /// None when an answer is outside 0–5.
    pub fn new(day: Day, answers: [u8; ITEMS]) -> Option<Who5> {
        answers.iter().all(|answer| *answer <= 5).then_some(Who5 { day, answers })
    }

    /// The result of the form as she left it: none until all five are answered.
    pub fn from_answers(day: Day, given: [Option<u8>; ITEMS]) -> Option<Who5> {
        let mut answers = [0; ITEMS];
        for (answer, given) in answers.iter_mut().zip(given) {
            *answer = given?;
        }
        Who5::new(day, answers)
    }

    /// Whole days from this result's day to `today`.
    pub fn days_before(&self, today: Day) -> i64 {
        today.days_since(self.day)
    }

    pub fn raw(&self) -> u8 {
        self.answers.iter().map(|answer| (*answer).min(5)).sum()
    }

    /// 0–100.
    pub fn percent(&self) -> u8 {
        self.raw() * 4
    }
}

/// Why Senda suggests talking to someone. The words differ: a low score
/// says these weeks have been heavy; a drop that ends at a good score (100
/// to 88, say) is only a change worth noticing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportReason {
    /// A raw score under 13.
    Low,
    /// 10 points or more below the last result, `by` points, without being low.
    Dropped { by: u8 },
}

/// Whether, and why, to suggest talking to her supervisor or the social team.
pub fn support_reason(current: &Who5, previous: Option<&Who5>) -> Option<SupportReason> {
    if current.raw() < LOW_RAW {
        return Some(SupportReason::Low);
    }
    let drop = previous.map_or(0, |previous| i16::from(previous.percent()) - i16::from(current.percent()));
    (drop >= MEANINGFUL_DROP).then(|| SupportReason::Dropped { by: drop.clamp(0, 100) as u8 })
}

/// The suggestion her latest result (results in day order, one per day)
/// calls for, compared with the one before it.
pub fn latest_support_reason(results: &[Who5]) -> Option<SupportReason> {
    match results {
        [.., previous, latest] => support_reason(latest, Some(previous)),
        [latest] => support_reason(latest, None),
        [] => None,
    }
}

/// The results of the last `days` days up to `today` (today included), in
/// the order given: what a trends window shows.
pub fn in_window(results: &[Who5], today: Day, days: usize) -> impl Iterator<Item = &Who5> {
    let first = today.number() - days as i64 + 1;
    results.iter().filter(move |result| result.day.number() >= first)
}

/// Whether to offer the index today: never taken, or taken two weeks ago or
/// more. `days_since` is the number of days since the last one.
pub fn is_due(days_since: Option<i64>) -> bool {
    days_since.is_none_or(|days| days >= EVERY_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(answers: [u8; ITEMS]) -> Who5 {
        Who5::new(Day::parse("2026-11-29").unwrap(), answers).unwrap()
    }

    #[test]
    fn the_form_is_a_result_only_with_all_five_answered() {
        let day = Day::parse("2026-11-29").unwrap();
        assert_eq!(
            Who5::from_answers(day, [Some(3), Some(4), Some(2), Some(5), Some(0)]),
            Who5::new(day, [3, 4, 2, 5, 0])
        );
        assert_eq!(Who5::from_answers(day, [Some(3), Some(4), None, Some(5), Some(0)]), None);
        assert_eq!(Who5::from_answers(day, [Some(6), Some(4), Some(2), Some(5), Some(0)]), None);
    }

    #[test]
    fn days_and_windows_count_calendar_days_up_to_today() {
        let day = |text: &str| Day::parse(text).unwrap();
        let on = |text: &str| Who5::new(day(text), [3; ITEMS]).unwrap();
        assert_eq!(on("2026-11-20").days_before(day("2026-12-04")), 14);
        let results = [on("2026-09-05"), on("2026-09-06"), on("2026-12-04")];
        let shown: Vec<String> =
            in_window(&results, day("2026-12-04"), 90).map(|result| result.day.to_string()).collect();
        assert_eq!(shown, ["2026-09-06", "2026-12-04"], "the 90 days end today and start on 6 September");
        assert_eq!(in_window(&results, day("2026-12-04"), 7).count(), 1);
    }

    #[test]
    fn scores_are_the_sum_and_four_times_it() {
        assert_eq!(result([0; 5]).raw(), 0);
        assert_eq!(result([5; 5]).percent(), 100);
        assert_eq!(result([3, 2, 4, 1, 3]).raw(), 13);
        assert_eq!(result([3, 2, 4, 1, 3]).percent(), 52);
        assert_eq!(Who5::new(Day::parse("2026-11-29").unwrap(), [6, 0, 0, 0, 0]), None);
        let stored = r#"{"day":"2026-02-29","answers":[3,3,3,3,3]}"#;
        assert!(serde_json::from_str::<Who5>(stored).is_err(), "2026 is not a leap year");
    }

    #[test]
    fn under_13_suggests_support_and_13_does_not() {
        assert_eq!(support_reason(&result([3, 2, 4, 1, 2]), None), Some(SupportReason::Low), "raw 12");
        assert_eq!(support_reason(&result([3, 2, 4, 1, 3]), None), None, "raw 13");
    }

    #[test]
    fn a_drop_of_10_points_or_more_suggests_support() {
        // Percentages move in steps of 4: 8 is under the line, 12 over it.
        let before = result([4, 4, 4, 4, 4]); // 80
        assert_eq!(support_reason(&result([4, 4, 4, 4, 2]), Some(&before)), None, "72: a drop of 8");
        assert_eq!(support_reason(&result([4, 4, 4, 3, 2]), Some(&before)), Some(SupportReason::Dropped { by: 12 }));
        assert_eq!(support_reason(&result([4, 4, 4, 4, 3]), Some(&before)), None, "76: a drop of 4");
        assert_eq!(support_reason(&result([5, 5, 5, 5, 5]), Some(&before)), None, "a rise");
    }

    #[test]
    fn a_drop_that_ends_at_a_good_score_is_a_change_not_heavy_weeks() {
        let top = result([5; 5]); // 100
        assert_eq!(support_reason(&result([5, 5, 4, 4, 4]), Some(&top)), Some(SupportReason::Dropped { by: 12 }), "88");
        assert_eq!(support_reason(&result([2, 2, 2, 2, 2]), Some(&top)), Some(SupportReason::Low), "40: low wins");
    }

    #[test]
    fn the_latest_result_is_compared_with_the_one_before() {
        assert_eq!(latest_support_reason(&[]), None);
        assert_eq!(latest_support_reason(&[result([1; 5])]), Some(SupportReason::Low));
        assert!(latest_support_reason(&[result([4; 5]), result([4, 4, 4, 3, 2])]).is_some(), "80 then 68");
        assert_eq!(latest_support_reason(&[result([1; 5]), result([4; 5])]), None, "a low result earlier, fine now");
    }

    #[test]
    fn offered_every_two_weeks() {
        assert!(is_due(None));
        assert!(!is_due(Some(13)));
        assert!(is_due(Some(14)));
    }
}
