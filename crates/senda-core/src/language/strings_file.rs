//! A language's strings as a shared guide's program fetches them,
//! `strings/<code>.json`: one JSON object of key to text, which the build
//! writes from `locales/` for the keys that program shows
//! (`locales/guide-program-keys.txt`). The program carries the English of
//! each, which stands in for a key the file lacks (a mentor's string a
//! mentee's language has no translation of) and for a whole file that
//! could not be read.
use std::collections::{BTreeSet, HashMap};

/// The strings in `text`, or None for anything but an object of texts: a
/// file of another build or another site is not half read.
pub fn read_strings(text: &str) -> Option<HashMap<String, String>> {
    serde_json::from_str(text).ok()
}

/// Whether `translation` may stand in for `english`: not blank, and filling
/// in the same names. A file of another build whose sentence names another
/// value, or one with a string blanked, gives way to the English, so a
/// label is never empty and never shows a `{{ name }}` unfilled.
pub fn fits(translation: &str, english: &str) -> bool {
    !translation.trim().is_empty() && names(translation) == names(english)
}

fn names(text: &str) -> BTreeSet<&str> {
    text.split("{{").skip(1).filter_map(|part| part.split_once("}}")).map(|(name, _)| name.trim()).collect()
}

/// `text` with each `{{ name }}` replaced by its value in `values`, as the
/// build's translations interpolate. A name `values` lacks is left as
/// written rather than dropped, so a sentence never silently loses a part.
pub fn fill(text: &str, values: &[(&str, String)]) -> String {
    let mut filled = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(length) = rest[start..].find("}}") else { break };
        let name = rest[start + 2..start + length].trim();
        filled.push_str(&rest[..start]);
        match values.iter().find(|(each, _)| *each == name) {
            Some((_, value)) => filled.push_str(value),
            None => filled.push_str(&rest[start..start + length + 2]),
        }
        rest = &rest[start + length + 2..];
    }
    filled.push_str(rest);
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_strings_file_is_an_object_of_texts_or_nothing() {
        let strings = read_strings(r#"{"quick_exit": "Ieșire rapidă", "resources_found": "Servicii: {{ count }}"}"#);
        assert_eq!(strings.as_ref().and_then(|s| s.get("quick_exit")).map(String::as_str), Some("Ieșire rapidă"));
        for foreign in ["", "[]", "{\"quick_exit\": 3}", "{\"quick_exit\": {\"x\": \"y\"}}", "<html>", "{\"a\": \"b\""]
        {
            assert_eq!(read_strings(foreign), None, "{foreign}");
        }
    }

    #[test]
    fn a_translation_stands_in_only_when_it_says_something_and_fills_in_what_english_does() {
        assert!(fits("Servicii afișate: {{ count }}", "Services shown: {{ count }}"));
        assert!(fits("Ieșire rapidă", "Quick exit"));
        assert!(!fits("", "Quick exit"));
        assert!(!fits("  \n", "Quick exit"));
        assert!(!fits("Servicii afișate: {{ number }}", "Services shown: {{ count }}"));
        assert!(!fits("Servicii afișate", "Services shown: {{ count }}"));
        assert!(!fits("Verificat: {{ date }}, {{ source_date }}", "Last checked: {{ date }}."));
    }

    #[test]
    fn each_value_goes_where_its_name_is_written() {
        let values = [("date", "3 de mayo".to_owned()), ("source_date", "1 de abril".to_owned())];
        assert_eq!(
            fill("Revisado: {{ date }}, en una página del {{source_date}}.", &values),
            "Revisado: 3 de mayo, en una página del 1 de abril."
        );
        assert_eq!(fill("{{ count }} servicii", &[("count", "12".to_owned())]), "12 servicii");
        assert_eq!(fill("Nothing to fill", &values), "Nothing to fill");
    }

    #[test]
    fn a_name_without_a_value_or_an_unclosed_brace_stays_as_written() {
        assert_eq!(fill("Shown: {{ count }}", &[]), "Shown: {{ count }}");
        assert_eq!(fill("Shown: {{ count", &[("count", "2".to_owned())]), "Shown: {{ count");
        assert_eq!(fill("{{ a }} and {{ b }}", &[("b", "B".to_owned())]), "{{ a }} and B");
    }
}
