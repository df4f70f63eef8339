//! Text a pack gives in several languages ({"en": …, "es": …, "ca": …, "ar": …}).
//! Shown in the user's language, else the first of English, Spanish and
//! Catalan that exists, else any: a mentee never sees an empty field because
//! one translation is missing.
use std::collections::BTreeMap;

pub type Translated = BTreeMap<String, String>;

const FALLBACK: [&str; 3] = ["en", "es", "ca"];

pub fn pick<'a>(text: &'a Translated, language: &str) -> Option<&'a str> {
    shown_code(text, language).and_then(|code| text.get(code)).map(String::as_str)
}

/// The language whose text `pick` shows.
pub fn shown_code<'a>(text: &'a Translated, language: &str) -> Option<&'a str> {
    let written = |(code, value): (&'a String, &'a String)| (!value.trim().is_empty()).then_some(code.as_str());
    std::iter::once(language)
        .chain(FALLBACK)
        .find_map(|code| text.get_key_value(code).and_then(written))
        .or_else(|| text.iter().find_map(written))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(&str, &str)]) -> Translated {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn her_language_first_then_english_spanish_catalan_then_any() {
        let all = text(&[("en", "Housing"), ("es", "Vivienda"), ("ca", "Habitatge")]);
        assert_eq!(pick(&all, "ca"), Some("Habitatge"));
        assert_eq!(pick(&all, "ar"), Some("Housing"));
        assert_eq!(pick(&text(&[("es", "Vivienda"), ("ca", "Habitatge")]), "en"), Some("Vivienda"));
        assert_eq!(pick(&text(&[("ca", "Habitatge"), ("en", " ")]), "es"), Some("Habitatge"));
        assert_eq!(pick(&text(&[("ar", "سكن")]), "en"), Some("سكن"));
        assert_eq!(pick(&Translated::new(), "en"), None);
    }
}
