//! The trauma-informed checklist: items grouped before, during and after a
//! conversation, each tagged with the SAMHSA principle it serves, with the
//! action, why it matters, and phrases to say and to avoid. Senda's own
//! checklist ships as `checklist/default.json`; an organisation can give
//! mentors its own file in the same format, and a mentor can hide, reword
//! or add items (her changes), then export the result in that format.
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::resources::translated::Translated;

pub const FORMAT: &str = "senda-checklist";
pub const VERSION: u32 = 1;
pub const MAX_BYTES: usize = 512 * 1024;
const MAX_ITEMS: usize = 100;
const MAX_TEXT: usize = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Before,
    During,
    After,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Before, Section::During, Section::After];

    /// The name the checklist file uses, also used in element ids.
    pub fn id(self) -> &'static str {
        match self {
            Section::Before => "before",
            Section::During => "during",
            Section::After => "after",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|section| section.id() == id)
    }
}

/// SAMHSA's six principles of a trauma-informed approach (SAMHSA, 2014).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Principle {
    Safety,
    /// Trustworthiness and transparency.
    Trust,
    /// Peer support.
    Peer,
    /// Collaboration and mutuality.
    Collaboration,
    /// Empowerment, voice and choice.
    Empowerment,
    /// Cultural, historical and gender issues.
    Culture,
}

impl Principle {
    pub const ALL: [Principle; 6] = [
        Principle::Safety,
        Principle::Trust,
        Principle::Peer,
        Principle::Collaboration,
        Principle::Empowerment,
        Principle::Culture,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub section: Section,
    pub principle: Principle,
    pub action: Translated,
    #[serde(default)]
    pub why: Translated,
    #[serde(default)]
    pub say: Vec<Translated>,
    #[serde(default)]
    pub avoid: Vec<Translated>,
}

impl Item {
    /// A step of her own, in the language she wrote it; `unique` makes its
    /// id (`own-<unique>`, apart from every given item's). None for blank words.
    pub fn own(unique: &str, section: Section, principle: Principle, language: &str, text: &str) -> Option<Item> {
        let text = text.trim();
        (!text.is_empty()).then(|| Item {
            id: format!("own-{unique}"),
            section,
            principle,
            action: Translated::from([(language.to_owned(), text.to_owned())]),
            why: Translated::new(),
            say: Vec::new(),
            avoid: Vec::new(),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checklist {
    pub format: String,
    pub version: u32,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateProblem {
    TooLarge,
    NotAChecklist(String),
    /// Item (by id or position) and what is wrong with it.
    Item(String, ItemProblem),
}

/// What is wrong with one item of a checklist file; its words are in the
/// locale files (`checklist_problem_*`), so she reads them in her language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemProblem {
    Id,
    DuplicateId,
    NoAction,
    TooLong,
    Language,
}

/// Reads and checks a checklist file: all of it or nothing.
pub fn read(text: &str) -> Result<Checklist, Vec<TemplateProblem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![TemplateProblem::TooLarge]);
    }
    let checklist: Checklist =
        serde_json::from_str(text).map_err(|error| vec![TemplateProblem::NotAChecklist(error.to_string())])?;
    if checklist.format != FORMAT || checklist.version != VERSION || checklist.items.len() > MAX_ITEMS {
        return Err(vec![TemplateProblem::NotAChecklist(String::new())]);
    }
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for (position, item) in checklist.items.iter().enumerate() {
        let name = if item.id.trim().is_empty() { format!("#{}", position + 1) } else { item.id.clone() };
        let mut problem = |what| problems.push(TemplateProblem::Item(name.clone(), what));
        if item.id.trim().is_empty() || item.id.len() > 60 {
            problem(ItemProblem::Id);
        } else if !ids.insert(item.id.as_str()) {
            problem(ItemProblem::DuplicateId);
        }
        if item.action.values().all(|text| text.trim().is_empty()) {
            problem(ItemProblem::NoAction);
        }
        let texts = std::iter::once(&item.action).chain([&item.why]).chain(&item.say).chain(&item.avoid);
        if texts.clone().any(|text| text.values().any(|value| value.chars().count() > MAX_TEXT)) {
            problem(ItemProblem::TooLong);
        }
        if texts.clone().any(|text| text.keys().any(|code| !crate::language::is_code(code))) {
            problem(ItemProblem::Language);
        }
    }
    if problems.is_empty() { Ok(checklist) } else { Err(problems) }
}

/// What she changed in the checklist she was given. The originals stay as
/// they are, so anything hidden or reworded can be restored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MyChanges {
    #[serde(default)]
    pub hidden: BTreeSet<String>,
    /// Her wording of an item's action, in the language she wrote it.
    #[serde(default)]
    pub reworded: BTreeMap<String, Translated>,
    /// Items she added, with ids starting "own-".
    #[serde(default)]
    pub added: Vec<Item>,
}

impl MyChanges {
    pub fn is_empty(&self) -> bool {
        *self == MyChanges::default()
    }

    /// Hides an item from her checklist, or shows it again.
    pub fn set_hidden(&mut self, id: &str, hidden: bool) {
        if hidden {
            self.hidden.insert(id.to_owned());
        } else {
            self.hidden.remove(id);
        }
    }

    /// Her words for an item in one language; her words in other languages stay.
    pub fn reword(&mut self, id: &str, language: &str, text: &str) {
        self.reworded.entry(id.to_owned()).or_default().insert(language.to_owned(), text.to_owned());
    }

    /// The item's own words again, in every language she had reworded it in.
    pub fn restore_words(&mut self, id: &str) {
        self.reworded.remove(id);
    }
}

/// Her checklist: the given one with her changes, in section order; hidden
/// items left out unless `with_hidden` (the settings screen lists them).
pub fn apply(given: &Checklist, changes: &MyChanges, with_hidden: bool) -> Vec<Item> {
    let mut items: Vec<Item> = given
        .items
        .iter()
        .chain(&changes.added)
        .filter(|item| with_hidden || !changes.hidden.contains(&item.id))
        .cloned()
        .map(|mut item| {
            if let Some(words) = changes.reworded.get(&item.id) {
                item.action.extend(words.clone());
            }
            item
        })
        .collect();
    items.sort_by_key(|item| item.section);
    items
}

/// Her checklist as a file in the same format, to share or keep.
pub fn export(given: &Checklist, changes: &MyChanges) -> Checklist {
    Checklist { format: FORMAT.to_owned(), version: VERSION, items: apply(given, changes, false) }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    #[test]
    fn hiding_an_item_and_showing_it_again_leaves_no_trace() {
        let mut changes = MyChanges::default();
        changes.set_hidden("pace", true);
        changes.set_hidden("pace", true);
        assert_eq!(changes.hidden.len(), 1);
        changes.set_hidden("pace", false);
        assert!(changes.is_empty());
    }

    pub const DEFAULT: &str = include_str!("../../../../public/checklist/default.json");

    #[test]
    fn every_item_is_complete_in_three_languages_with_a_principle() {
        let checklist = read(DEFAULT).unwrap();
        assert!(checklist.items.len() >= 13);
        for item in &checklist.items {
            for language in ["en", "es", "ca"] {
                let has = |text: &Translated| text.get(language).is_some_and(|value| !value.trim().is_empty());
                assert!(has(&item.action), "{} action {language}", item.id);
                assert!(has(&item.why), "{} why {language}", item.id);
                assert!(!item.say.is_empty() && item.say.iter().all(has), "{} say {language}", item.id);
                assert!(!item.avoid.is_empty() && item.avoid.iter().all(has), "{} avoid {language}", item.id);
            }
        }
        for section in Section::ALL {
            assert!(checklist.items.iter().any(|item| item.section == section), "{section:?}");
            assert_eq!(serde_json::to_value(section).unwrap(), section.id(), "the file's name is the id");
            assert_eq!(Section::from_id(section.id()), Some(section));
        }
    }

    /// Words a peer must never put in her mouth: a promise of secrecy she
    /// cannot keep, or of a safety nobody can give. "Estàs segura" also
    /// reads as "you are sure" in Catalan.
    const PROMISES: [&str; 8] = [
        "stays between us",
        "you are safe",
        "queda entre nosotras",
        "estás a salvo",
        "queda entre nosaltres",
        "estàs segura",
        "never tell anyone",
        "a cualquier hora",
    ];

    #[test]
    fn no_item_promises_what_a_peer_cannot_keep() {
        let checklist = read(DEFAULT).unwrap();
        for item in &checklist.items {
            // What to avoid may quote a bad promise; what to do and say may not.
            let texts = [&item.action, &item.why].into_iter().chain(&item.say);
            for text in texts.flat_map(|text| text.values()) {
                let folded = text.to_lowercase();
                for promise in PROMISES {
                    assert!(!folded.contains(promise), "{}: \"{promise}\" in {text}", item.id);
                }
            }
        }
    }

    #[test]
    fn the_quick_cards_promise_nothing_either() {
        for locale in [
            include_str!("../../../../locales/en.json"),
            include_str!("../../../../locales/es.json"),
            include_str!("../../../../locales/ca.json"),
        ] {
            let strings: serde_json::Map<String, serde_json::Value> = serde_json::from_str(locale).unwrap();
            for (key, text) in strings.iter().filter(|(key, _)| key.starts_with("card_")) {
                let folded = text.as_str().unwrap_or_default().to_lowercase();
                for promise in PROMISES {
                    assert!(!folded.contains(promise), "{key}: \"{promise}\"");
                }
            }
            assert!(strings["card_distressed_danger"].as_str().is_some_and(|text| text.contains("024")));
        }
    }

    #[test]
    fn a_peer_knows_what_to_do_when_she_speaks_of_suicide() {
        let checklist = read(DEFAULT).unwrap();
        let item = checklist.items.iter().find(|item| item.id == "suicide").unwrap();
        for language in ["en", "es", "ca"] {
            assert!(item.action[language].contains("112") && item.action[language].contains("024"), "{language}");
        }
        for id in [
            "safe-to-talk",
            "role-and-notes",
            "own-story",
            "ending-safely",
            "interpreter",
            "money-gifts-housing",
            "racism-gender",
        ] {
            assert!(checklist.items.iter().any(|item| item.id == id), "{id}");
        }
    }

    #[test]
    fn the_topics_of_the_training_are_covered() {
        let checklist = read(DEFAULT).unwrap();
        for id in [
            "pace",
            "language",
            "ready",
            "confidentiality",
            "consent",
            "no-details",
            "no-judgement",
            "distress-signs",
            "listening",
            "assertive",
            "culture",
            "next-steps",
            "social-team",
            "debrief",
        ] {
            assert!(checklist.items.iter().any(|item| item.id == id), "{id}");
        }
    }

    #[test]
    fn her_own_step_has_her_words_trimmed_and_blank_words_add_nothing() {
        assert_eq!(Item::own("a", Section::Before, Principle::Safety, "es", "   "), None);
        let own = Item::own("b", Section::After, Principle::Empowerment, "es", "  Llevar agua. ").unwrap();
        assert_eq!((own.id.as_str(), own.section, own.principle), ("own-b", Section::After, Principle::Empowerment));
        assert_eq!(own.action["es"], "Llevar agua.");
        let mut changes = MyChanges::default();
        changes.reword("pace", "en", "Her pace.");
        changes.reword("pace", "ca", "Al seu ritme.");
        changes.restore_words("pace");
        assert!(changes.reworded.is_empty(), "every language's rewording goes");
    }

    #[test]
    fn hidden_reworded_and_added_items_and_their_restore() {
        let given = read(DEFAULT).unwrap();
        let mut changes = MyChanges::default();
        changes.hidden.insert("culture".into());
        changes.reworded.insert(
            "pace".into(),
            Translated::from([("en".to_string(), "Let her choose when and where.".to_string())]),
        );
        changes.added.push(Item {
            id: "own-1".into(),
            section: Section::Before,
            principle: Principle::Safety,
            action: Translated::from([("es".to_string(), "Llevar agua y pañuelos.".to_string())]),
            why: Translated::new(),
            say: vec![],
            avoid: vec![],
        });
        changes.reword("pace", "ca", "Deixa-la triar quan i on.");
        let mine = apply(&given, &changes, false);
        assert!(mine.iter().all(|item| item.id != "culture"));
        let pace = mine.iter().find(|item| item.id == "pace").unwrap();
        assert_eq!(pace.action["en"], "Let her choose when and where.");
        assert_eq!(
            pace.action["ca"], "Deixa-la triar quan i on.",
            "her Catalan words did not replace her English ones"
        );
        let original = given.items.iter().find(|item| item.id == "pace").unwrap();
        assert_eq!(pace.action["es"], original.action["es"], "other languages keep the original");
        assert_eq!(mine.iter().position(|item| item.id == "own-1").map(|at| mine[at].section), Some(Section::Before));
        assert!(mine.iter().position(|item| item.id == "own-1") < mine.iter().position(|item| item.id == "consent"));
        assert_eq!(apply(&given, &MyChanges::default(), false), apply(&given, &MyChanges::default(), true));
        let exported = serde_json::to_string(&export(&given, &changes)).unwrap();
        assert_eq!(read(&exported).unwrap().items, mine, "her export reads back as a checklist");
    }

    #[test]
    fn broken_templates_are_refused_whole_with_the_item_named() {
        assert!(matches!(read("nope").unwrap_err()[0], TemplateProblem::NotAChecklist(_)));
        assert!(matches!(
            read(r#"{"format":"x","version":1,"items":[]}"#).unwrap_err()[0],
            TemplateProblem::NotAChecklist(_)
        ));
        let mut file: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        // The file begins safe-to-talk, ready, pace.
        file["items"][0]["id"] = "ready".into();
        file["items"][2]["action"] = serde_json::json!({"en": " "});
        let problems = read(&file.to_string()).unwrap_err();
        assert_eq!(
            problems,
            [
                TemplateProblem::Item("ready".into(), ItemProblem::DuplicateId),
                TemplateProblem::Item("pace".into(), ItemProblem::NoAction)
            ]
        );
        assert_eq!(read(&"x".repeat(MAX_BYTES + 1)).unwrap_err(), [TemplateProblem::TooLarge]);
    }
}

// proptest runs natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::DEFAULT;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3_000))]

        /// Cut or bit-flipped template files with one wrong item: refused or
        /// read, never a panic; when only the wrong item is there, it is
        /// refused and its problem named.
        #[test]
        fn damaged_templates_never_panic(
            cut in 0usize..60_000,
            flips in proptest::collection::vec((0usize..60_000, 0u8..8), 0..4),
            wrong in prop_oneof![
                Just(("id", "\"\"", ItemProblem::Id)), Just(("id", "\"ready\"", ItemProblem::DuplicateId)),
                Just(("action", "{\"en\": \" \"}", ItemProblem::NoAction)),
                Just(("why", "{\"Spanish\": \"x\"}", ItemProblem::Language))
            ],
        ) {
            let mut file: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
            file["items"][0][wrong.0] = serde_json::from_str(wrong.1).unwrap();
            let whole = file.to_string();
            let text = crate::text::damage::damaged(&whole, cut, &flips);
            match read(&text) {
                Ok(checklist) => {
                    prop_assert!(text != whole, "the wrong {} was accepted", wrong.0);
                    prop_assert!(checklist.items.iter().all(|item| !item.id.trim().is_empty()));
                }
                Err(problems) if text == whole => {
                    prop_assert!(problems.iter().any(|problem| matches!(problem, TemplateProblem::Item(_, what) if *what == wrong.2)), "{problems:?}");
                }
                Err(_) => {}
            }
        }
    }
}
