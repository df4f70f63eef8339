//! The WHO-5 Well-Being Index (WHO 1998; Psychiatric Research Unit, Mental
//! Health Centre North Zealand): five statements about the last two weeks,
//! each answered 0 ("at no time") to 5 ("all of the time"). The raw score
//! 0–25 times 4 gives 0–100. A raw score under 13, or a drop of 10 points
//! or more since the last time, is a reason to talk to someone: Senda then
//! suggests it gently, and never diagnoses.
use serde::{Deserialize, Serialize};

pub const ITEMS: usize = 5;
/// Offered again after two weeks: the index asks about the last two weeks.
pub const EVERY_DAYS: i64 = 14;
const LOW_RAW: u8 = 13;
const MEANINGFUL_DROP: i16 = 10;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who5 {
    /// "2026-11-29"
    pub day: String,
    /// Each 0–5, in the order of the five statements.
    pub answers: [u8; ITEMS],
}

impl Who5 {
    /// None when an answer is outside 0–5.
    pub fn new(day: &str, answers: [u8; ITEMS]) -> Option<Who5> {
        answers.iter().all(|answer| *answer <= 5).then(|| Who5 { day: day.to_owned(), answers })
    }

    pub fn raw(&self) -> u8 {
        self.answers.iter().map(|answer| (*answer).min(5)).sum()
    }

    /// 0–100.
    pub fn percent(&self) -> u8 {
        self.raw() * 4
    }
}

/// Whether to suggest talking to her supervisor or the social team.
pub fn suggests_support(current: &Who5, previous: Option<&Who5>) -> bool {
    let dropped = previous
        .is_some_and(|previous| i16::from(previous.percent()) - i16::from(current.percent()) >= MEANINGFUL_DROP);
    current.raw() < LOW_RAW || dropped
}

/// Whether her latest result (results in day order, one per day) calls for
/// the suggestion, compared with the one before it.
pub fn latest_suggests_support(results: &[Who5]) -> bool {
    match results {
        [.., previous, latest] => suggests_support(latest, Some(previous)),
        [latest] => suggests_support(latest, None),
        [] => false,
    }
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
        Who5::new("2026-11-29", answers).unwrap()
    }

    #[test]
    fn scores_are_the_sum_and_four_times_it() {
        assert_eq!(result([0; 5]).raw(), 0);
        assert_eq!(result([5; 5]).percent(), 100);
        assert_eq!(result([3, 2, 4, 1, 3]).raw(), 13);
        assert_eq!(result([3, 2, 4, 1, 3]).percent(), 52);
        assert_eq!(Who5::new("2026-11-29", [6, 0, 0, 0, 0]), None);
    }

    #[test]
    fn under_13_suggests_support_and_13_does_not() {
        assert!(suggests_support(&result([3, 2, 4, 1, 2]), None), "raw 12");
        assert!(!suggests_support(&result([3, 2, 4, 1, 3]), None), "raw 13");
    }

    #[test]
    fn a_drop_of_10_points_or_more_suggests_support() {
        // Percentages move in steps of 4: 8 is under the line, 12 over it.
        let before = result([4, 4, 4, 4, 4]); // 80
        assert!(!suggests_support(&result([4, 4, 4, 4, 2]), Some(&before)), "72: a drop of 8");
        assert!(suggests_support(&result([4, 4, 4, 3, 2]), Some(&before)), "68: a drop of 12");
        assert!(!suggests_support(&result([4, 4, 4, 4, 3]), Some(&before)), "76: a drop of 4");
        assert!(!suggests_support(&result([5, 5, 5, 5, 5]), Some(&before)), "a rise");
    }

    #[test]
    fn the_latest_result_is_compared_with_the_one_before() {
        assert!(!latest_suggests_support(&[]));
        assert!(latest_suggests_support(&[result([1; 5])]));
        assert!(latest_suggests_support(&[result([4; 5]), result([4, 4, 4, 3, 2])]), "80 then 68");
        assert!(!latest_suggests_support(&[result([1; 5]), result([4; 5])]), "a low result earlier, fine now");
    }

    #[test]
    fn offered_every_two_weeks() {
        assert!(is_due(None));
        assert!(!is_due(Some(13)));
        assert!(is_due(Some(14)));
    }
}
