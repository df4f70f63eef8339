//! The words for a conversation's place, topics, sections and principles,
//! and for the problems of a record, in the user's language.
use leptos_i18n::I18nContext;

use super::checklist::{Principle, Section};
use super::conversation::{ConversationProblem, Place, Topic};
use crate::i18n::*;

pub fn place_word(i18n: I18nContext<Locale>, place: Place) -> &'static str {
    match place {
        Place::InPerson => t_string!(i18n, place_in_person),
        Place::Phone => t_string!(i18n, place_phone),
        Place::Video => t_string!(i18n, place_video),
    }
}

pub fn topic_word(i18n: I18nContext<Locale>, topic: Topic) -> &'static str {
    match topic {
        Topic::Permits => t_string!(i18n, topic_permits),
        Topic::Housing => t_string!(i18n, topic_housing),
        Topic::Work => t_string!(i18n, topic_work),
        Topic::Education => t_string!(i18n, topic_education),
        Topic::Health => t_string!(i18n, topic_health),
        Topic::Legal => t_string!(i18n, topic_legal),
        Topic::Emotional => t_string!(i18n, topic_emotional),
        Topic::Other => t_string!(i18n, topic_other),
    }
}

pub fn section_word(i18n: I18nContext<Locale>, section: Section) -> &'static str {
    match section {
        Section::Before => t_string!(i18n, section_before),
        Section::During => t_string!(i18n, section_during),
        Section::After => t_string!(i18n, section_after),
    }
}

pub fn principle_word(i18n: I18nContext<Locale>, principle: Principle) -> &'static str {
    match principle {
        Principle::Safety => t_string!(i18n, principle_safety),
        Principle::Trust => t_string!(i18n, principle_trust),
        Principle::Peer => t_string!(i18n, principle_peer),
        Principle::Collaboration => t_string!(i18n, principle_collaboration),
        Principle::Empowerment => t_string!(i18n, principle_empowerment),
        Principle::Culture => t_string!(i18n, principle_culture),
    }
}

pub fn problem_word(i18n: I18nContext<Locale>, problem: ConversationProblem) -> &'static str {
    match problem {
        ConversationProblem::NoAlias => t_string!(i18n, conversation_no_alias),
        ConversationProblem::LooksLikeAFullName => t_string!(i18n, conversation_full_name),
        ConversationProblem::AliasTooLong => t_string!(i18n, conversation_alias_too_long),
        ConversationProblem::BadDay => t_string!(i18n, conversation_bad_day),
        ConversationProblem::BadDuration => t_string!(i18n, conversation_bad_duration),
    }
}
