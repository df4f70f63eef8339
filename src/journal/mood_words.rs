//! The word for each mood step, in the user's language.
use leptos_i18n::I18nContext;

use super::mood::Mood;
use crate::i18n::*;

pub fn mood_word(i18n: I18nContext<Locale>, mood: Mood) -> &'static str {
    match mood.step() {
        1 => t_string!(i18n, mood_1),
        2 => t_string!(i18n, mood_2),
        3 => t_string!(i18n, mood_3),
        4 => t_string!(i18n, mood_4),
        _ => t_string!(i18n, mood_5),
    }
}

pub fn all_mood_words(i18n: I18nContext<Locale>) -> [&'static str; 5] {
    Mood::ALL.map(|mood| mood_word(i18n, mood))
}
