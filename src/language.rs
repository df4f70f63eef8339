//! The shell's side of languages: the translations' `Locale` for each
//! `Language` of the rules (`senda_core::language`), and what the browser
//! asks for.
use crate::i18n::Locale;
pub use senda_core::language::{Language, organisation_default, remember_choice, stored_choice};

/// The translations of `language`.
pub fn locale(language: Language) -> Locale {
    match language {
        Language::En => Locale::en,
        Language::Es => Locale::es,
        Language::Ca => Locale::ca,
        Language::Ro => Locale::ro,
        Language::Zh => Locale::zh,
        Language::Fr => Locale::fr,
        Language::Ar => Locale::ar,
    }
}

/// The language whose translations `locale` holds.
pub fn language(locale: Locale) -> Language {
    match locale {
        Locale::en => Language::En,
        Locale::es => Language::Es,
        Locale::ca => Language::Ca,
        Locale::ro => Language::Ro,
        Locale::zh => Language::Zh,
        Locale::fr => Language::Fr,
        Locale::ar => Language::Ar,
    }
}

/// The browser's preferred languages ("ca-ES", "ar"…), best first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages().iter().filter_map(|language| language.as_string()).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos_i18n::Locale as _;

    #[test]
    fn every_language_has_its_translations_and_every_translation_a_language() {
        for each in Language::ALL {
            assert_eq!(language(locale(each)), each);
            assert_eq!(locale(each).as_str(), each.code());
        }
        assert_eq!(Language::ALL.len(), Locale::get_all().len(), "every language of the build can be chosen");
    }
}
