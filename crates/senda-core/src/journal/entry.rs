//! One journal entry as stored.
use serde::{Deserialize, Serialize};

use super::mood::Mood;
use crate::day::{Day, DayTime};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: String,
    /// The local date and time the entry is about; she may change it.
    pub written_at: DayTime,
    /// When it was first saved and last changed, in ms since 1970 (UTC).
    pub created_ms: i64,
    pub updated_ms: i64,
    #[serde(default)]
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub mood: Option<Mood>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The conversation record this entry reflects on, if any.
    #[serde(default)]
    pub conversation_id: Option<String>,
    /// Set while the entry sits in "recently deleted" (ms since 1970).
    #[serde(default)]
    pub deleted_ms: Option<i64>,
}

impl JournalEntry {
    /// What the list shows as the entry's name: its title, or its first line.
    pub fn heading(&self) -> &str {
        let title = self.title.trim();
        if !title.is_empty() {
            return title;
        }
        self.body.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or_default()
    }

    /// "2026-11", the month the list groups the entry under.
    pub fn month(&self) -> String {
        self.day().month_text()
    }

    /// The day it is about, for date filters.
    pub fn day(&self) -> Day {
        self.written_at.day()
    }
}

/// Tags as typed ("trabajo, Permisos ,, trabajo") become a clean list: trimmed,
/// no empties, no repeats (compared without case or accents), order kept.
pub fn parse_tags(typed: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in typed.split(',').map(str::trim).filter(|tag| !tag.is_empty()) {
        let folded = crate::text::fold::fold(tag);
        if !tags.iter().any(|known| crate::text::fold::fold(known) == folded) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, body: &str) -> JournalEntry {
        JournalEntry {
            id: "1".into(),
            written_at: DayTime::parse("2026-11-29T14:35").unwrap(),
            created_ms: 0,
            updated_ms: 0,
            title: title.into(),
            body: body.into(),
            mood: None,
            tags: vec![],
            conversation_id: None,
            deleted_ms: None,
        }
    }

    #[test]
    fn the_heading_is_the_title_or_else_the_first_written_line() {
        assert_eq!(entry("  Hard day ", "x").heading(), "Hard day");
        assert_eq!(entry("", "\n\n  First line\nsecond").heading(), "First line");
        assert_eq!(entry("", "").heading(), "");
    }

    #[test]
    fn month_and_day_come_from_the_written_date() {
        let e = entry("", "");
        assert_eq!(e.month(), "2026-11");
        assert_eq!(e.day().to_string(), "2026-11-29");
    }

    #[test]
    fn tags_are_cleaned_as_typed() {
        assert_eq!(parse_tags("trabajo, Permisos ,, TRABAJO, permísos, casa"), vec!["trabajo", "Permisos", "casa"]);
        assert_eq!(parse_tags(" , "), Vec::<String>::new());
    }

    #[test]
    fn only_real_dates_and_times_are_accepted() {
        assert!(DayTime::parse("2026-11-29T14:35").is_some());
        assert!(DayTime::parse("2026-01-01T00:00").is_some());
        for bad in [
            "",
            "2026-11-29",
            "2026-13-01T10:00",
            "2026-11-29T24:00",
            "2026-11-29 14:35",
            "abcd-ef-ghTij:kl",
            "2026-11-29T14:35:00",
            "2026-02-31T10:00",
            "2026-02-29T10:00",
            "2026-11-29T14:60",
        ] {
            assert_eq!(DayTime::parse(bad), None, "{bad}");
            let stored = format!(r#"{{"id":"a","written_at":"{bad}","created_ms":1,"updated_ms":2,"body":"hola"}}"#);
            assert!(serde_json::from_str::<JournalEntry>(&stored).is_err(), "an entry written at {bad} does not read");
        }
    }

    #[test]
    fn an_entry_stored_before_optional_fields_existed_still_reads() {
        let stored = r#"{"id":"a","written_at":"2026-11-29T14:35","created_ms":1,"updated_ms":2,"body":"hola"}"#;
        let entry: JournalEntry = serde_json::from_str(stored).unwrap();
        assert_eq!(entry.tags, Vec::<String>::new());
        assert_eq!(entry.mood, None);
    }
}
