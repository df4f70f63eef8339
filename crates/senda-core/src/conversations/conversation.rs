//! A record of one mentoring conversation: when, how long, where, with whom
//! (an alias, never a full name: the record may be seen or printed, and a
//! name could put her at risk), the topics, the items ticked, notes by
//! section, follow-ups and whether the social team should be involved. It
//! can be left unfinished and resumed.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::checklist::Section;
use crate::day::Day;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    InPerson,
    Phone,
    Video,
}

/// What a conversation touched. Not the guide's service categories
/// (`resources::category`), on purpose: a conversation can be about how she
/// feels ("emotional") or anything else, which no service category names,
/// and the guide has kinds of service (emergency lines, everyday help) that
/// are not topics of a talk. Where they overlap, they share the id, so the
/// mentoring log and the guide say "housing" alike (a host test checks).
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
    pub day: Day,
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
    /// The date field holds no day (cleared, or typed by hand): the record
    /// keeps the day it had.
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

/// The history by alias, as she reads names (case aside), and each
/// alias's conversations newest first.
pub fn sort_by_alias(conversations: &mut [Conversation]) {
    conversations.sort_by(|a, b| a.alias.to_lowercase().cmp(&b.alias.to_lowercase()).then_with(|| b.day.cmp(&a.day)));
}

impl Conversation {
    pub fn new(id: &str, day: Day) -> Conversation {
        Conversation {
            id: id.to_owned(),
            day,
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
        if self.minutes == 0 || self.minutes > MINUTES_LIMIT {
            return Err(ConversationProblem::BadDuration);
        }
        Ok(())
    }

    pub fn open_follow_ups(&self) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.iter().filter(|follow_up| !follow_up.done)
    }

    /// Topics stay in one order whatever order they were ticked in, so the
    /// record and the log list them alike.
    pub fn set_topic(&mut self, topic: Topic, on: bool) {
        self.topics.retain(|known| *known != topic);
        if on {
            self.topics.push(topic);
            self.topics.sort();
        }
    }

    pub fn set_ticked(&mut self, item_id: &str, on: bool) {
        self.ticked.retain(|known| known != item_id);
        if on {
            self.ticked.push(item_id.to_owned());
        }
    }

    /// Adds a follow-up from typed text; false (nothing added) for blank text.
    pub fn add_follow_up(&mut self, typed: &str) -> bool {
        let text = typed.trim();
        if text.is_empty() {
            return false;
        }
        self.follow_ups.push(FollowUp { text: text.to_owned(), done: false });
        true
    }

    pub fn set_follow_up_done(&mut self, index: usize, done: bool) {
        if let Some(follow_up) = self.follow_ups.get_mut(index) {
            follow_up.done = done;
        }
    }

    /// Links a journal entry once; linking it again changes nothing.
    pub fn link_entry(&mut self, entry_id: &str) {
        if !entry_id.is_empty() && !self.journal_entries.iter().any(|known| known == entry_id) {
            self.journal_entries.push(entry_id.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::day::day;

    #[test]
    fn the_history_by_alias_ignores_case_and_puts_the_newest_first() {
        let on = |alias: &str, on: &str| Conversation { alias: alias.into(), ..Conversation::new(on, day(on)) };
        let mut all =
            [on("rosa", "2026-11-02"), on("Ana", "2026-11-01"), on("Rosa", "2026-11-20"), on("ana", "2026-11-05")];
        sort_by_alias(&mut all);
        let order: Vec<&str> = all.iter().map(|conversation| conversation.id.as_str()).collect();
        assert_eq!(order, ["2026-11-05", "2026-11-01", "2026-11-20", "2026-11-02"]);
    }

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
    fn topics_that_are_also_kinds_of_service_share_the_guide_category_id() {
        use crate::resources::category::Category;
        let only_topics = [Topic::Emotional, Topic::Other];
        for topic in Topic::ALL.into_iter().filter(|topic| !only_topics.contains(topic)) {
            let id = serde_json::to_value(topic).unwrap();
            assert!(Category::ALL.iter().any(|category| id == category.id()), "{id} has no guide category");
        }
    }

    #[test]
    fn ticks_topics_follow_ups_and_links_change_as_she_expects() {
        let mut talk = Conversation::new("c1", day("2026-11-29"));
        talk.set_topic(Topic::Health, true);
        talk.set_topic(Topic::Housing, true);
        talk.set_topic(Topic::Health, true);
        let mut in_order = vec![Topic::Health, Topic::Housing];
        in_order.sort();
        assert_eq!(talk.topics, in_order, "each once, in one order");
        talk.set_topic(Topic::Health, false);
        assert_eq!(talk.topics, [Topic::Housing]);

        talk.set_ticked("listen", true);
        talk.set_ticked("listen", true);
        talk.set_ticked("consent", true);
        talk.set_ticked("listen", false);
        assert_eq!(talk.ticked, ["consent"]);

        assert!(!talk.add_follow_up("   "), "blank text adds nothing");
        assert!(talk.add_follow_up("  Call the housing office "));
        assert_eq!(talk.follow_ups, [FollowUp { text: "Call the housing office".into(), done: false }]);
        talk.set_follow_up_done(0, true);
        talk.set_follow_up_done(7, true);
        assert_eq!(talk.open_follow_ups().count(), 0);

        talk.link_entry("e1");
        talk.link_entry("e1");
        talk.link_entry("");
        assert_eq!(talk.journal_entries, ["e1"]);
    }

    #[test]
    fn duration_is_checked_and_a_stored_day_must_be_a_real_one() {
        let mut conversation = Conversation::new("c1", day("2026-11-29"));
        conversation.alias = "Rosa".into();
        assert_eq!(conversation.check(), Ok(()));
        conversation.minutes = 0;
        assert_eq!(conversation.check(), Err(ConversationProblem::BadDuration));
        conversation.minutes = 45;
        let mut stored = serde_json::to_value(&conversation).unwrap();
        stored["day"] = "2026-02-30".into();
        assert!(serde_json::from_value::<Conversation>(stored).is_err(), "no 30 February");
    }
}
