//! Her check-ins over the last 7, 30 or 90 days: one value per day (a gap
//! where she did not check in, never a zero), averages over the days she
//! did, and how her mood compared on days with and without each activity.
use std::collections::BTreeMap;

use super::check_in::CheckIn;
use crate::day::{self, Day};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    Mood,
    Energy,
    /// Hours slept.
    Sleep,
    Stress,
}

impl Metric {
    pub const ALL: [Metric; 4] = [Metric::Mood, Metric::Energy, Metric::Sleep, Metric::Stress];

    fn value(self, check_in: &CheckIn) -> Option<f32> {
        match self {
            Metric::Mood => check_in.mood.map(f32::from),
            Metric::Energy => check_in.energy.map(f32::from),
            Metric::Sleep => check_in.sleep_hours,
            Metric::Stress => check_in.stress.map(f32::from),
        }
    }

    /// The top of the chart's scale.
    pub fn max(self) -> f32 {
        if self == Metric::Sleep { 12.0 } else { 5.0 }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Each day of the window, oldest first, with its value if any.
    pub points: Vec<(Day, Option<f32>)>,
    pub average: Option<f32>,
    pub days_with_value: usize,
}

pub fn series(check_ins: &BTreeMap<Day, CheckIn>, metric: Metric, last_day: Day, days: usize) -> Series {
    let points: Vec<(Day, Option<f32>)> = day::window(last_day, days)
        .into_iter()
        .map(|day| {
            let value = check_ins.get(&day).and_then(|check_in| metric.value(check_in));
            (day, value)
        })
        .collect();
    let values: Vec<f32> = points.iter().filter_map(|(_, value)| *value).collect();
    let average = (!values.is_empty()).then(|| values.iter().sum::<f32>() / values.len() as f32);
    Series { days_with_value: values.len(), points, average }
}

/// Days needed on each side before a comparison is shown: fewer would be
/// chance dressed up as a finding.
pub const MIN_DAYS: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct ActivityMood {
    pub activity: String,
    pub days_with: usize,
    pub days_without: usize,
    pub mood_with: f32,
    pub mood_without: f32,
}

/// For each activity, her average mood on the days she did it and on the
/// days she did not (days with a mood only); only activities with at least
/// `MIN_DAYS` days on each side.
pub fn activity_moods(
    check_ins: &BTreeMap<Day, CheckIn>,
    activities: &[String],
    last_day: Day,
    days: usize,
) -> Vec<ActivityMood> {
    let rated: Vec<&CheckIn> = day::window(last_day, days)
        .iter()
        .filter_map(|day| check_ins.get(day))
        .filter(|check_in| check_in.mood.is_some())
        .collect();
    activities
        .iter()
        .filter_map(|activity| {
            let (with, without): (Vec<&CheckIn>, Vec<&CheckIn>) =
                rated.iter().partition(|check_in| check_in.helped.contains(activity));
            let mean = |group: &[&CheckIn]| {
                group.iter().filter_map(|check_in| check_in.mood).map(f32::from).sum::<f32>() / group.len() as f32
            };
            (with.len() >= MIN_DAYS && without.len() >= MIN_DAYS).then(|| ActivityMood {
                activity: activity.clone(),
                days_with: with.len(),
                days_without: without.len(),
                mood_with: mean(&with),
                mood_without: mean(&without),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::day::day;

    fn check_ins(days: &[(&str, u8, &[&str])]) -> BTreeMap<Day, CheckIn> {
        days.iter()
            .map(|(text, mood, helped)| {
                let check_in = CheckIn {
                    mood: Some(*mood),
                    helped: helped.iter().map(|h| h.to_string()).collect(),
                    ..CheckIn::blank(day(text))
                };
                (day(text), check_in)
            })
            .collect()
    }

    #[test]
    fn gaps_stay_gaps_across_a_month_end() {
        let data = check_ins(&[("2026-11-29", 2, &[]), ("2026-12-01", 4, &[]), ("2026-10-01", 5, &[])]);
        let week = series(&data, Metric::Mood, day("2026-12-02"), 7);
        assert_eq!(week.points.len(), 7);
        assert_eq!(week.points[0].0, day("2026-11-26"));
        assert_eq!(week.points[3], (day("2026-11-29"), Some(2.0)));
        assert_eq!(week.points[4], (day("2026-11-30"), None));
        assert_eq!(week.days_with_value, 2);
        assert_eq!(week.average, Some(3.0));
        let empty = series(&data, Metric::Energy, day("2026-12-02"), 7);
        assert_eq!((empty.average, empty.days_with_value), (None, 0));
    }

    #[test]
    fn an_activity_is_compared_only_with_three_days_on_each_side() {
        let mut days = vec![
            ("2026-11-01", 4, &["walk"][..]),
            ("2026-11-02", 5, &["walk"][..]),
            ("2026-11-03", 2, &[][..]),
            ("2026-11-04", 2, &[][..]),
            ("2026-11-05", 3, &[][..]),
        ];
        let activities = ["walk".to_string(), "music".to_string()];
        assert_eq!(activity_moods(&check_ins(&days), &activities, day("2026-11-30"), 30), []);
        days.push(("2026-11-06", 3, &["walk"][..]));
        let found = activity_moods(&check_ins(&days), &activities, day("2026-11-30"), 30);
        assert_eq!(
            found,
            [ActivityMood {
                activity: "walk".into(),
                days_with: 3,
                days_without: 3,
                mood_with: 4.0,
                mood_without: 7.0 / 3.0
            }]
        );
    }

    #[test]
    fn days_outside_the_window_do_not_count() {
        let data = check_ins(&[("2026-08-01", 1, &[]), ("2026-11-29", 5, &[])]);
        assert_eq!(series(&data, Metric::Mood, day("2026-11-29"), 30).average, Some(5.0));
        assert_eq!(series(&data, Metric::Mood, day("2026-11-29"), 90).days_with_value, 1);
        assert_eq!(series(&data, Metric::Mood, day("2026-11-29"), 121).days_with_value, 2);
    }
}
