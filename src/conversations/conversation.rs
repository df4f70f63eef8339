//! A record of one mentoring conversation: when, how long, where, with whom
//! (an alias, never a full name: the record may be seen or printed, and a
//! name could put her at risk), the topics, the items ticked, notes by
//! section, follow-ups and whether the social team should be involved. It
//! can be left unfinished and resumed.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::checklist::Section;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    InPerson,
    Phone,
    Video,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    Permits,
    Housing,
    Work,
    Education,
    Health,
    Legal,
    Emotional,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::Permits,
        Topic::Housing,
        Topic::Work,
        Topic::Education,
        Topic::Health,
        Topic::Legal,
        Topic::Emotional,
        Topic::Other,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: String,
    /// "2026-11-29"
    pub day: String,
    pub minutes: u32,
    pub place: Place,
    pub alias: String,
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Ids of the checklist items ticked.
    #[serde(default)]
    pub ticked: Vec<String>,
    #[serde(default)]
    pub notes: BTreeMap<Section, String>,
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    #[serde(default)]
    pub refer_to_social_team: bool,
    /// Journal entries she linked to this conversation.
    #[serde(default)]
    pub journal_entries: Vec<String>,
    #[serde(default)]
    pub finished: bool,
}

pub const ALIAS_LIMIT: usize = 24;
/// Six hours: longer is a typing slip, not a conversation.
pub const MINUTES_LIMIT: u32 = 6 * 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConversationProblem {
    NoAlias,
    /// Two words or more that look like a first name and a surname.
    LooksLikeAFullName,
    AliasTooLong,
    BadDay,
    BadDuration,
}

/// An alias is a nickname or initials: "Rosa", "M.", "Ana M". Two words of
/// three letters or more ("Ana Martínez") look like a full name.
pub fn check_alias(alias: &str) -> Result<(), ConversationProblem> {
    let alias = alias.trim();
    if alias.is_empty() {
        return Err(ConversationProblem::NoAlias);
    }
    if alias.chars().count() > ALIAS_LIMIT {
        return Err(ConversationProblem::AliasTooLong);
    }
    let long_words = alias.split_whitespace().filter(|word| word.trim_matches('.').chars().count() >= 3).count();
    if long_words >= 2 { Err(ConversationProblem::LooksLikeAFullName) } else { Ok(()) }
}

impl Conversation {
    pub fn new(id: &str, day: &str) -> Conversation {
        Conversation {
            id: id.to_owned(),
            day: day.to_owned(),
            minutes: 60,
            place: Place::InPerson,
            alias: String::new(),
            topics: Vec::new(),
            ticked: Vec::new(),
            notes: BTreeMap::new(),
            follow_ups: Vec::new(),
            refer_to_social_team: false,
            journal_entries: Vec::new(),
            finished: false,
        }
    }

    pub fn check(&self) -> Result<(), ConversationProblem> {
        check_alias(&self.alias)?;
        if crate::day::number(&self.day).is_none() {
            return Err(ConversationProblem::BadDay);
        }
        if self.minutes == 0 || self.minutes > MINUTES_LIMIT {
            return Err(ConversationProblem::BadDuration);
        }
        Ok(())
    }

    pub fn open_follow_ups(&self) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.iter().filter(|follow_up| !follow_up.done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alias_is_a_nickname_or_initials_never_a_full_name() {
        for alias in ["Rosa", "M.", "Ana M", "A. M.", "la de Lleida"] {
            assert_eq!(check_alias(alias), Ok(()), "{alias}");
        }
        assert_eq!(check_alias("Ana Martínez"), Err(ConversationProblem::LooksLikeAFullName));
        assert_eq!(check_alias("María José García"), Err(ConversationProblem::LooksLikeAFullName));
        assert_eq!(check_alias("  "), Err(ConversationProblem::NoAlias));
        assert_eq!(check_alias(&"x".repeat(ALIAS_LIMIT + 1)), Err(ConversationProblem::AliasTooLong));
    }

    #[test]
    fn duration_and_day_are_checked() {
        let mut conversation = Conversation::new("c1", "2026-11-29");
        conversation.alias = "Rosa".into();
        assert_eq!(conversation.check(), Ok(()));
        conversation.minutes = 0;
        assert_eq!(conversation.check(), Err(ConversationProblem::BadDuration));
        conversation.minutes = 45;
        conversation.day = "2026-02-30".into();
        assert_eq!(conversation.check(), Err(ConversationProblem::BadDay));
    }
}
