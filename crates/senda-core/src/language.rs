//! Which language Senda speaks. The browser's preference is used until the
//! user picks one; her pick is stored (readable, not private: a mentee on a
//! locked device must still get her language) and wins from then on.
mod strings_file;
pub use strings_file::{fill, fits, read_strings};

use crate::settings::setting_id::SettingId;
use crate::storage::{Expect, StorageError, Store, store::Backend};

/// A language of the build. The first three have every screen; the others
/// the mentee's path (the guide, quick exit, the safety tips), with the
/// mentor's screens in English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    En,
    Es,
    Ca,
    Ro,
    Zh,
    Fr,
    Ar,
}

impl Language {
    /// In the order the picker offers them.
    pub const ALL: [Language; 7] =
        [Language::En, Language::Es, Language::Ca, Language::Ro, Language::Zh, Language::Fr, Language::Ar];

    /// The code stored, written in packs and used by the translations.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Ca => "ca",
            Language::Ro => "ro",
            Language::Zh => "zh",
            Language::Fr => "fr",
            Language::Ar => "ar",
        }
    }

    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.code() == code)
    }

    /// Named in itself, so a user can find hers whatever is on screen.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::Ca => "Català",
            Language::Ro => "Română",
            Language::Zh => "中文",
            Language::Fr => "Français",
            Language::Ar => "العربية",
        }
    }

    /// The document's `lang`: Senda's Chinese is written in Simplified
    /// characters, which is what lets the phone pick the right font.
    pub fn document_lang(self) -> &'static str {
        if self == Language::Zh { "zh-Hans" } else { self.code() }
    }

    /// The document's `dir`.
    pub fn direction(self) -> &'static str {
        if self == Language::Ar { "rtl" } else { "ltr" }
    }
}

/// A language code as the files Senda reads write it (packs, checklists,
/// the organisation's settings): ISO 639, two or three lowercase letters,
/// whether or not Senda itself speaks it.
pub fn is_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|byte| byte.is_ascii_lowercase())
}

/// The language chosen earlier on this device, if any and if still offered.
pub fn stored_choice<B: Backend>(store: &Store<B>) -> Option<Language> {
    let stored = store.load::<String>(&SettingId::Language.key()).ok()??;
    Language::parse(&stored.value)
}

pub fn remember_choice<B: Backend>(store: &Store<B>, language: Language) -> Result<(), StorageError> {
    store.save(&SettingId::Language.key(), &language.code(), Expect::Latest).map(|_| ())
}

/// The organisation's default language, when it should apply: she has not
/// chosen one and her browser asks for none Senda speaks (a Russian or
/// Wolof phone in a Catalan programme gets Catalan, not English).
/// `browser`: the browser's preferred languages ("ca-ES", "ar"…), best first.
pub fn organisation_default(
    stored: Option<Language>,
    browser: &[String],
    organisation: Option<Language>,
) -> Option<Language> {
    let spoken = browser.iter().any(|tag| Language::parse(tag.split(['-', '_']).next().unwrap_or_default()).is_some());
    if stored.is_some() || spoken { None } else { organisation }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::memory::MemoryBackend;

    #[test]
    fn a_language_code_is_two_or_three_lowercase_letters() {
        for code in ["ro", "zh", "ast", "wo"] {
            assert!(is_code(code), "{code}");
        }
        for code in ["", "e", "EN", "zh-Hans", "engl", "e1"] {
            assert!(!is_code(code), "{code}");
        }
    }

    #[test]
    fn a_choice_is_remembered() {
        let store = Store::new(MemoryBackend::default());
        assert_eq!(stored_choice(&store), None);
        remember_choice(&store, Language::Ca).unwrap();
        assert_eq!(stored_choice(&store), Some(Language::Ca));
        remember_choice(&store, Language::Es).unwrap();
        assert_eq!(stored_choice(&store), Some(Language::Es));
    }

    #[test]
    fn a_language_no_longer_offered_falls_back_to_the_browser() {
        let store = Store::new(MemoryBackend::default());
        store.save(&SettingId::Language.key(), &"eu", Expect::Latest).unwrap();
        assert_eq!(stored_choice(&store), None);
    }

    #[test]
    fn the_organisation_default_only_fills_a_gap() {
        let browser = |codes: &[&str]| codes.iter().map(|code| code.to_string()).collect::<Vec<_>>();
        let ca = Some(Language::Ca);
        assert_eq!(organisation_default(None, &browser(&["ru", "wo-SN"]), ca), ca);
        assert_eq!(organisation_default(None, &browser(&["ru", "es-ES"]), ca), None);
        assert_eq!(organisation_default(None, &browser(&["ar-MA"]), ca), None, "Senda speaks Arabic");
        assert_eq!(organisation_default(None, &browser(&["zh-Hans-CN"]), ca), None);
        assert_eq!(organisation_default(Some(Language::En), &browser(&["ru"]), ca), None);
        assert_eq!(organisation_default(None, &browser(&[]), None), None);
    }

    #[test]
    fn every_language_has_its_own_name_and_code() {
        for language in Language::ALL {
            assert_eq!(Language::parse(language.code()), Some(language));
            assert!(!language.own_name().is_empty());
        }
        assert_eq!(Language::parse("eu"), None);
    }

    #[test]
    fn arabic_reads_right_to_left_and_chinese_is_simplified() {
        assert_eq!(Language::Ar.direction(), "rtl");
        assert!(Language::ALL.iter().filter(|language| **language != Language::Ar).all(|l| l.direction() == "ltr"));
        assert_eq!(Language::Zh.document_lang(), "zh-Hans");
        assert_eq!(Language::Ro.document_lang(), "ro");
    }
}
