//! Which language Senda speaks. The browser's preference is used until the
//! user picks one; her pick is stored (readable, not private: a mentee on a
//! locked device must still get her language) and wins from then on.
use crate::i18n::Locale;
use crate::storage::{Expect, RecordKey, StorageError, Store, store::Backend};
use leptos_i18n::Locale as _;

/// Each language named in itself, so a user can find hers whatever is on screen.
pub const LANGUAGES: [(Locale, &str); 3] = [(Locale::en, "English"), (Locale::es, "Español"), (Locale::ca, "Català")];

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
/// chosen one and her browser asks for none Senda speaks (an Arabic or
/// Romanian phone in a Catalan programme gets Catalan, not English).
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
        store.save(&choice_key(), &"fr", Expect::Latest).unwrap();
        assert_eq!(stored_choice(&store), None);
    }

    #[test]
    fn the_organisation_default_only_fills_a_gap() {
        let browser = |codes: &[&str]| codes.iter().map(|code| code.to_string()).collect::<Vec<_>>();
        assert_eq!(organisation_default(None, &browser(&["ar", "ro-RO"]), Some(Locale::ca)), Some(Locale::ca));
        assert_eq!(organisation_default(None, &browser(&["ar", "es-ES"]), Some(Locale::ca)), None);
        assert_eq!(organisation_default(Some(Locale::en), &browser(&["ar"]), Some(Locale::ca)), None);
        assert_eq!(organisation_default(None, &browser(&[]), None), None);
    }

    #[test]
    fn every_language_has_its_own_name() {
        for (locale, name) in LANGUAGES {
            assert_eq!(parse(locale.as_str()), Some(locale));
            assert!(!name.is_empty());
        }
    }
}
