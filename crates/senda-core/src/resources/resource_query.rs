//! Finding a service: search as you type over names, descriptions and
//! category words, ignoring case and accents; filters by category and by
//! language spoken. Category words are in every language Senda speaks (a
//! mentee may type "vivienda" with the screen in English); a service's own
//! text in the languages the pack gives it, which for the built-in pack is
//! the language on screen (`pack_by_language`).
use super::category::Category;
use super::resource_pack::Service;
use crate::text::fold::{fold, matches_all, query_words};

/// A service with its searchable text folded once.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexedService {
    pub service: Service,
    folded: String,
}

impl IndexedService {
    /// `category_words`: the category's name in every language, from the locale files.
    pub fn new(service: Service, category_words: &str) -> Self {
        let mut text = String::from(category_words);
        for field in [&service.name, &service.description, &service.eligibility_description] {
            for value in field.values() {
                text.push('\n');
                text.push_str(value);
            }
        }
        let folded = fold(&text);
        Self { service, folded }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResourceQuery {
    pub text: String,
    pub category: Option<Category>,
    /// ISO 639 code of a language the service must speak.
    pub language: Option<String>,
}

impl ResourceQuery {
    pub fn is_empty(&self) -> bool {
        *self == ResourceQuery::default()
    }

    pub fn positions(&self, services: &[IndexedService]) -> Vec<usize> {
        let words = query_words(&self.text);
        services
            .iter()
            .enumerate()
            .filter(|(_, indexed)| self.category.is_none_or(|category| indexed.service.category() == Some(category)))
            .filter(|(_, indexed)| {
                // A service with interpretation ("53 languages") speaks them all.
                self.language.as_deref().is_none_or(|code| {
                    indexed.service.languages.iter().any(|l| l.code == code)
                        || !indexed.service.interpretation_services.is_empty()
                })
            })
            .filter(|(_, indexed)| matches_all(&words, &[&indexed.folded]))
            .map(|(position, _)| position)
            .collect()
    }
}

/// The categories a query's words name, in any language: "habitatge" shows
/// Housing even before any service is listed.
pub fn named_categories(text: &str, words_of: impl Fn(Category) -> String) -> Vec<Category> {
    let words = query_words(text);
    if words.is_empty() {
        return Vec::new();
    }
    Category::ALL.into_iter().filter(|&category| matches_all(&words, &[&fold(&words_of(category))])).collect()
}

/// Every language spoken by some service, for the filter.
pub fn spoken_languages(services: &[IndexedService]) -> Vec<String> {
    let mut codes: Vec<String> =
        services.iter().flat_map(|indexed| indexed.service.languages.iter().map(|l| l.code.clone())).collect();
    codes.sort();
    codes.dedup();
    codes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::resource_pack::{read, tests::DEFAULT_PACK};

    fn words(category: Category) -> String {
        match category {
            Category::Housing => "Housing\nVivienda\nHabitatge".into(),
            Category::Emergency => "Emergency and helplines\nEmergencias\nEmergències".into(),
            other => other.id().into(),
        }
    }

    fn services() -> Vec<IndexedService> {
        read(DEFAULT_PACK)
            .unwrap()
            .services
            .into_iter()
            .map(|service| {
                let category_words = service.category().map(words).unwrap_or_default();
                IndexedService::new(service, &category_words)
            })
            .collect()
    }

    fn ids(query: &ResourceQuery) -> Vec<String> {
        let services = services();
        query.positions(&services).into_iter().map(|p| services[p].service.id.clone()).collect()
    }

    #[test]
    fn search_ignores_case_and_accents_in_every_language() {
        let find = |text: &str| ids(&ResourceQuery { text: text.into(), ..Default::default() });
        assert_eq!(find("violencia"), find("VIOLÈNCIA"));
        assert!(find("violencia").contains(&"line-016".to_owned()));
        assert!(find("emergencias").contains(&"emergency-112".to_owned()));
        assert!(find("salut").contains(&"health-061".to_owned()));
        assert!(find("nothing like this").is_empty());
    }

    #[test]
    fn category_words_in_any_language_name_the_category() {
        for text in ["vivienda", "habitatge", "HOUSING"] {
            assert_eq!(named_categories(text, words), [Category::Housing], "{text}");
        }
        assert!(named_categories("", words).is_empty());
    }

    #[test]
    fn the_category_filter_keeps_only_that_category() {
        let found = ids(&ResourceQuery { category: Some(Category::Health), ..Default::default() });
        assert_eq!(found, ["health-061", "howto-health-card"]);
    }

    #[test]
    fn a_language_filter_never_hides_a_line_with_interpretation() {
        let found = ids(&ResourceQuery { language: Some("ro".into()), ..Default::default() });
        for id in ["line-016", "line-900900120", "line-024"] {
            assert!(found.contains(&id.to_owned()), "{id}: {found:?}");
        }
        assert!(!found.contains(&"howto-health-card".to_owned()));
    }
}
