//! Which language Senda speaks. The browser's preference is used until the
//! user picks one; her pick is stored (readable, not private: a mentee on a
//! locked device must still get her language) and wins from then on.
use crate::i18n::Locale;
use crate::storage::{Expect, RecordKey, StorageError, Store, store::Backend};
use leptos_i18n::Locale as _;

/// Each language named in itself, so a user can find hers whatever is on screen.
/// The first three have every screen; the others the mentee's path (the
/// guide, quick exit, the safety tips), with the mentor's screens in English.
pub const LANGUAGES: [(Locale, &str); 7] = [
    (Locale::en, "English"),
    (Locale::es, "Español"),
    (Locale::ca, "Català"),
    (Locale::ro, "Română"),
    (Locale::zh, "中文"),
    (Locale::fr, "Français"),
    (Locale::ar, "العربية"),
];

/// The document's `lang`: Senda's Chinese is written in Simplified
/// characters, which is what lets the phone pick the right font.
pub fn document_lang(locale: Locale) -> &'static str {
    match locale {
        Locale::zh => "zh-Hans",
        other => other.as_str(),
    }
}

/// The document's `dir`.
pub fn direction(locale: Locale) -> &'static str {
    if locale == Locale::ar { "rtl" } else { "ltr" }
}

fn choice_key() -> RecordKey {
    RecordKey::new("settings", "language")
}

pub fn parse(code: &str) -> Option<Locale> {
    LANGUAGES.iter().map(|(locale, _)| *locale).find(|locale| locale.as_str() == code)
}

/// The language chosen earlier on this device, if any and if still offered.
pub fn stored_choice<B: Backend>(store: &Store<B>) -> Option<Locale> {
    let stored = store.load::<String>(&choice_key()).ok()??;
    parse(&stored.value)
}

pub fn remember_choice<B: Backend>(store: &Store<B>, locale: Locale) -> Result<(), StorageError> {
    store.save(&choice_key(), &locale.as_str(), Expect::Latest).map(|_| ())
}

/// The browser's preferred languages ("ca-ES", "ar"…), best first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages().iter().filter_map(|language| language.as_string()).collect())
        .unwrap_or_default()
}

/// The organisation's default language, when it should apply: she has not
/// chosen one and her browser asks for none Senda speaks (a Russian or
/// Wolof phone in a Catalan programme gets Catalan, not English).
pub fn organisation_default(
    stored: Option<Locale>,
    browser: &[String],
    organisation: Option<Locale>,
) -> Option<Locale> {
    let spoken = browser.iter().any(|language| parse(language.split(['-', '_']).next().unwrap_or_default()).is_some());
    if stored.is_some() || spoken { None } else { organisation }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::memory::MemoryBackend;

    #[test]
    fn a_choice_is_remembered() {
        let store = Store::new(MemoryBackend::default());
        assert_eq!(stored_choice(&store), None);
        remember_choice(&store, Locale::ca).unwrap();
        assert_eq!(stored_choice(&store), Some(Locale::ca));
        remember_choice(&store, Locale::es).unwrap();
        assert_eq!(stored_choice(&store), Some(Locale::es));
    }

    #[test]
    fn a_language_no_longer_offered_falls_back_to_the_browser() {
        let store = Store::new(MemoryBackend::default());
        store.save(&choice_key(), &"eu", Expect::Latest).unwrap();
        assert_eq!(stored_choice(&store), None);
    }

    #[test]
    fn the_organisation_default_only_fills_a_gap() {
        let browser = |codes: &[&str]| codes.iter().map(|code| code.to_string()).collect::<Vec<_>>();
        assert_eq!(organisation_default(None, &browser(&["ru", "wo-SN"]), Some(Locale::ca)), Some(Locale::ca));
        assert_eq!(organisation_default(None, &browser(&["ru", "es-ES"]), Some(Locale::ca)), None);
        assert_eq!(organisation_default(None, &browser(&["ar-MA"]), Some(Locale::ca)), None, "Senda speaks Arabic");
        assert_eq!(organisation_default(None, &browser(&["zh-Hans-CN"]), Some(Locale::ca)), None);
        assert_eq!(organisation_default(Some(Locale::en), &browser(&["ru"]), Some(Locale::ca)), None);
        assert_eq!(organisation_default(None, &browser(&[]), None), None);
    }

    #[test]
    fn every_language_has_its_own_name() {
        for (locale, name) in LANGUAGES {
            assert_eq!(parse(locale.as_str()), Some(locale));
            assert!(!name.is_empty());
        }
        assert_eq!(LANGUAGES.len(), Locale::get_all().len(), "every language of the build can be chosen");
    }

    #[test]
    fn arabic_reads_right_to_left_and_chinese_is_simplified() {
        assert_eq!(direction(Locale::ar), "rtl");
        assert!(
            LANGUAGES.iter().filter(|(locale, _)| *locale != Locale::ar).all(|(locale, _)| direction(*locale) == "ltr")
        );
        assert_eq!(document_lang(Locale::zh), "zh-Hans");
        assert_eq!(document_lang(Locale::ro), "ro");
    }
}
