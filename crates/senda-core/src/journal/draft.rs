//! What the editor holds, saved as she types so that a reload, a closed tab or
//! a crash never loses a word. A draft is kept per entry ("new" for one not yet
//! saved) until the entry is saved or she discards it.
use serde::{Deserialize, Serialize};

use super::entry::{JournalEntry, parse_tags};
use super::mood::Mood;
use crate::day::DayTime;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The entry being edited; `None` for a new one.
    pub entry_id: Option<String>,
    /// As the date field holds it, which may be no day while she types.
    pub written_at: String,
    pub title: String,
    pub body: String,
    pub mood: Option<Mood>,
    /// Tags as typed, comma separated; cleaned when the entry is saved.
    pub tags_text: String,
    pub conversation_id: Option<String>,
}

/// Why a draft cannot become an entry yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    NothingWritten,
    InvalidDate,
}

/// What the editor should open with.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    /// Nothing unsaved was found: start from the entry (or blank).
    Fresh(Draft),
    /// Unsaved text was found and is back on screen; say so.
    Restored(Draft),
}

impl Draft {
    pub fn blank(written_at: String) -> Draft {
        Draft {
            entry_id: None,
            written_at,
            title: String::new(),
            body: String::new(),
            mood: None,
            tags_text: String::new(),
            conversation_id: None,
        }
    }

    pub fn from_entry(entry: &JournalEntry) -> Draft {
        Draft {
            entry_id: Some(entry.id.clone()),
            written_at: entry.written_at.to_string(),
            title: entry.title.clone(),
            body: entry.body.clone(),
            mood: entry.mood,
            tags_text: entry.tags.join(", "),
            conversation_id: entry.conversation_id.clone(),
        }
    }

    /// Adds a tag she tapped to the ones she typed, after a comma.
    pub fn add_tag(&mut self, tag: &str) {
        let mut typed = self.tags_text.trim().trim_end_matches(',').to_owned();
        if !typed.is_empty() {
            typed.push_str(", ");
        }
        typed.push_str(tag);
        self.tags_text = typed;
    }

    /// The storage id of this draft.
    pub fn id(&self) -> &str {
        self.entry_id.as_deref().unwrap_or("new")
    }

    /// True when the draft says something the saved entry does not (for a new
    /// entry: anything at all was written).
    pub fn has_unsaved_words(&self, saved: Option<&JournalEntry>) -> bool {
        match saved {
            Some(entry) => *self != Draft::from_entry(entry),
            None => !self.title.trim().is_empty() || !self.body.trim().is_empty() || !self.tags_text.trim().is_empty(),
        }
    }

    /// The entry to store: a new one gets `new_id` and `now_ms` as creation
    /// time; an edited one keeps its id and creation time.
    pub fn to_entry(
        &self,
        saved: Option<&JournalEntry>,
        new_id: &str,
        now_ms: i64,
    ) -> Result<JournalEntry, DraftProblem> {
        if self.title.trim().is_empty() && self.body.trim().is_empty() {
            return Err(DraftProblem::NothingWritten);
        }
        let Some(written_at) = DayTime::parse(&self.written_at) else {
            return Err(DraftProblem::InvalidDate);
        };
        Ok(JournalEntry {
            id: saved.map_or_else(|| new_id.to_owned(), |entry| entry.id.clone()),
            written_at,
            created_ms: saved.map_or(now_ms, |entry| entry.created_ms),
            updated_ms: now_ms,
            title: self.title.trim().to_owned(),
            body: self.body.clone(),
            mood: self.mood,
            tags: parse_tags(&self.tags_text),
            conversation_id: self.conversation_id.clone(),
            deleted_ms: None,
        })
    }
}

/// Chooses what the editor opens with: a stored draft with unsaved words wins
/// over the saved entry, so nothing typed is ever dropped.
pub fn open_editor(stored_draft: Option<Draft>, saved: Option<&JournalEntry>, now_written_at: String) -> Opening {
    match stored_draft {
        Some(draft) if draft.has_unsaved_words(saved) => Opening::Restored(draft),
        _ => Opening::Fresh(saved.map_or_else(|| Draft::blank(now_written_at), Draft::from_entry)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tapped_tag_joins_the_typed_ones_after_a_comma() {
        let mut draft = Draft::blank("2026-11-30T10:00".into());
        draft.add_tag("work");
        assert_eq!(draft.tags_text, "work");
        draft.tags_text = "work, ".into();
        draft.add_tag("housing");
        assert_eq!(draft.tags_text, "work, housing");
    }

    fn saved() -> JournalEntry {
        Draft { body: "Saved words".into(), tags_text: "a, b".into(), ..Draft::blank("2026-11-29T10:00".into()) }
            .to_entry(None, "e1", 1000)
            .unwrap()
    }

    #[test]
    fn a_new_entry_with_unsaved_words_is_restored() {
        let draft = Draft { body: "half a sent".into(), ..Draft::blank("2026-11-29T10:00".into()) };
        assert_eq!(open_editor(Some(draft.clone()), None, "2026-11-30T09:00".into()), Opening::Restored(draft));
    }

    #[test]
    fn an_empty_draft_is_not_announced_as_restored() {
        let empty = Draft::blank("2026-11-29T10:00".into());
        assert_eq!(
            open_editor(Some(empty), None, "2026-11-30T09:00".into()),
            Opening::Fresh(Draft::blank("2026-11-30T09:00".into()))
        );
    }

    #[test]
    fn an_edit_draft_wins_over_the_saved_entry_only_when_it_differs() {
        let entry = saved();
        let same = Draft::from_entry(&entry);
        assert_eq!(open_editor(Some(same.clone()), Some(&entry), String::new()), Opening::Fresh(same.clone()));
        let changed = Draft { body: "Saved words, and more".into(), ..same };
        assert_eq!(open_editor(Some(changed.clone()), Some(&entry), String::new()), Opening::Restored(changed));
    }

    #[test]
    fn editing_keeps_the_creation_time_and_records_the_change() {
        let entry = saved();
        let edited = Draft { title: "  A title ".into(), ..Draft::from_entry(&entry) }
            .to_entry(Some(&entry), "ignored", 5000)
            .unwrap();
        assert_eq!(edited.id, "e1");
        assert_eq!(edited.created_ms, 1000);
        assert_eq!(edited.updated_ms, 5000);
        assert_eq!(edited.title, "A title");
        assert_eq!(edited.tags, ["a", "b"]);
    }

    #[test]
    fn nothing_written_or_a_broken_date_cannot_be_saved() {
        assert_eq!(Draft::blank("2026-11-29T10:00".into()).to_entry(None, "x", 1), Err(DraftProblem::NothingWritten));
        let bad_date = Draft { body: "x".into(), ..Draft::blank("yesterday".into()) };
        assert_eq!(bad_date.to_entry(None, "x", 1), Err(DraftProblem::InvalidDate));
    }
}
