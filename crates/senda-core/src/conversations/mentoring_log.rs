//! The mentoring log the programme needs for her certificate: hours and
//! conversations per month and in total within the programme's window (its
//! start date, set in Settings, and its length, from the organisation's
//! settings), and the topics covered. Only aliases ever appear in it.
use std::collections::BTreeMap;

use super::conversation::{Conversation, Topic};
use crate::day::Day;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    pub conversations: usize,
    pub minutes: u32,
}

impl Totals {
    fn add(&mut self, conversation: &Conversation) {
        self.conversations += 1;
        self.minutes += conversation.minutes;
    }

    pub fn hours(&self) -> f64 {
        f64::from(self.minutes) / 60.0
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MentoringLog {
    /// "2026-11" → that month's totals, every month of the window listed.
    pub months: BTreeMap<String, Totals>,
    pub total: Totals,
    /// How many conversations touched each topic.
    pub topics: BTreeMap<Topic, usize>,
    /// The last day of the window: 2027-05-14 for a start on 2026-11-15 and 6 months.
    pub last_day: Day,
}

/// The day `months` months after `start`, less one: the window's last day.
/// A start on the 31st ends at the end of the shorter month.
pub fn window_end(start: Day, months: u32) -> Option<Day> {
    let last = crate::day::add_months(start.date(), months)?.pred_opt()?;
    (last >= start.date()).then(|| Day::from_date(last))
}

/// Finished conversations within the window starting on `start`.
pub fn build(conversations: &[Conversation], start: Day, months: u32) -> Option<MentoringLog> {
    let last_day = window_end(start, months)?;
    let mut log = MentoringLog { last_day, ..MentoringLog::default() };
    for month in start.date().iter_days().take_while(|at| *at <= last_day.date()).map(crate::day::month_text) {
        log.months.entry(month).or_default();
    }
    for conversation in conversations.iter().filter(|conversation| conversation.finished) {
        let on = conversation.day;
        if !(start..=last_day).contains(&on) {
            continue;
        }
        log.months.entry(on.month_text()).or_default().add(conversation);
        log.total.add(conversation);
        for topic in &conversation.topics {
            *log.topics.entry(*topic).or_default() += 1;
        }
    }
    Some(log)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talk(day: &str, minutes: u32, topics: &[Topic], finished: bool) -> Conversation {
        let on = Day::parse(day).unwrap();
        Conversation { minutes, topics: topics.to_vec(), finished, alias: "Rosa".into(), ..Conversation::new(day, on) }
    }

    /// The window's end for a start written as the date field writes it.
    fn end(start: &str, months: u32) -> Option<String> {
        window_end(Day::parse(start)?, months).map(|day| day.to_string())
    }

    #[test]
    fn six_months_from_a_start_date_including_month_ends() {
        assert_eq!(end("2026-11-15", 6).as_deref(), Some("2027-05-14"));
        assert_eq!(
            end("2026-08-31", 6).as_deref(),
            Some("2027-02-27"),
            "Feb has no 31st: ends the day before the 28th"
        );
        assert_eq!(end("2027-08-31", 6).as_deref(), Some("2028-02-28"), "2028 is a leap year: before the 29th");
        assert_eq!(end("2027-01-01", 1).as_deref(), Some("2027-01-31"));
        assert_eq!(end("2027-01-01", 0), None, "a window of no months has no last day");
    }

    #[test]
    fn hours_and_counts_per_month_within_the_window() {
        let conversations = [
            talk("2026-11-14", 60, &[Topic::Housing], true),
            talk("2026-11-15", 90, &[Topic::Housing, Topic::Permits], true),
            talk("2026-11-30", 30, &[Topic::Emotional], true),
            talk("2026-12-01", 45, &[], true),
            talk("2026-12-02", 120, &[Topic::Health], false),
            talk("2027-05-14", 60, &[], true),
            talk("2027-05-15", 60, &[], true),
        ];
        let log = build(&conversations, Day::parse("2026-11-15").unwrap(), 6).unwrap();
        assert_eq!(log.last_day.to_string(), "2027-05-14");
        assert_eq!(log.months.len(), 7, "Nov to May, every month listed");
        assert_eq!(log.months["2026-11"], Totals { conversations: 2, minutes: 120 });
        assert_eq!(log.months["2026-12"], Totals { conversations: 1, minutes: 45 });
        assert_eq!(log.months["2027-01"], Totals::default());
        assert_eq!(log.total, Totals { conversations: 4, minutes: 225 });
        assert_eq!(log.total.hours(), 3.75);
        assert_eq!(log.topics.get(&Topic::Housing), Some(&1));
        assert_eq!(log.topics.get(&Topic::Health), None, "unfinished records do not count");
    }
}
