//! The organisation's settings: `senda.config.json`, a file it edits in the
//! built folder without rebuilding (documented in `docs/deploy.md`, schema in
//! `public/senda.config.schema.json`). It comes from outside, so it is read
//! field by field: a field that is wrong is named and replaced by its
//! default, and the rest still applies. No file, or no JSON at all, gives
//! every default: the app always starts.
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::resources::link_check::{email_link, phone_link};
use crate::resources::translated::Translated;
use crate::safety::disguise::Disguise;
use crate::safety::neutral_site;

pub const FILE: &str = "senda.config.json";
pub const FORMAT: &str = "senda-config";
pub const VERSION: u64 = 1;
/// The peer-mentoring programme in the field report lasts six months.
pub const DEFAULT_PROGRAMME_MONTHS: u32 = 6;
pub const DEFAULT_PACKS: [&str; 1] = ["resources/organisation.json"];
const MAX_CONTACTS: usize = 20;
const MAX_PACKS: usize = 10;
const MAX_TEXT: usize = 1000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgConfig {
    /// Empty when the organisation has not named itself.
    pub name: String,
    pub description: Translated,
    pub social_team: Vec<Contact>,
    /// "en", "es" or "ca": for a browser whose languages Senda does not speak.
    pub default_language: Option<String>,
    /// The page quick exit opens unless the mentor chose another.
    pub quick_exit_url: Option<String>,
    /// The neutral name and icon ("notes", "calendar", "recipes") a phone
    /// shows until the mentor chooses in Settings: an organisation can make
    /// every phone it sets up install as something ordinary.
    #[serde(default)]
    pub default_disguise: Option<Disguise>,
    pub programme_months: u32,
    /// Resource packs to load after the default one, relative to the folder.
    pub resource_packs: Vec<String>,
}

/// Someone of the social team a mentor can turn to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    #[serde(default)]
    pub role: Translated,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub hours: Translated,
}

impl Default for OrgConfig {
    fn default() -> Self {
        OrgConfig {
            name: String::new(),
            description: Translated::new(),
            social_team: Vec::new(),
            default_language: None,
            quick_exit_url: None,
            default_disguise: None,
            programme_months: DEFAULT_PROGRAMME_MONTHS,
            resource_packs: DEFAULT_PACKS.map(str::to_owned).to_vec(),
        }
    }
}

/// What the organisation must fix; shown on the About screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The file is not there (or the server would not give it).
    Missing,
    NotJson(String),
    /// Not a Senda config, or one of a newer Senda.
    WrongFormat,
    /// This field is wrong and its default is used instead.
    Field(String),
}

/// Reads the file's text (`None`: it could not be fetched) into the settings
/// to use and the problems to show.
pub fn read(text: Option<&str>) -> (OrgConfig, Vec<ConfigProblem>) {
    let mut config = OrgConfig::default();
    let Some(text) = text else { return (config, vec![ConfigProblem::Missing]) };
    let root: Value = match serde_json::from_str(text) {
        Ok(Value::Object(root)) => Value::Object(root),
        Ok(_) => return (config, vec![ConfigProblem::WrongFormat]),
        Err(error) => return (config, vec![ConfigProblem::NotJson(error.to_string())]),
    };
    if root["format"] != FORMAT || root["version"] != VERSION {
        return (config, vec![ConfigProblem::WrongFormat]);
    }
    let mut problems = Vec::new();
    let mut wrong = |field: &str| problems.push(ConfigProblem::Field(field.to_owned()));
    let present = |value: &Value| !value.is_null();

    let organisation = &root["organisation"];
    if present(&organisation["name"]) {
        match organisation["name"].as_str().filter(|name| short(name)) {
            Some(name) => config.name = name.trim().to_owned(),
            None => wrong("organisation.name"),
        }
    }
    if present(&organisation["description"]) {
        match translated(&organisation["description"]) {
            Some(description) => config.description = description,
            None => wrong("organisation.description"),
        }
    }
    if present(&root["social_team"]) {
        match root["social_team"].as_array().filter(|list| list.len() <= MAX_CONTACTS) {
            Some(list) => {
                for (position, value) in list.iter().enumerate() {
                    match contact(value) {
                        Some(contact) => config.social_team.push(contact),
                        None => wrong(&format!("social_team[{position}]")),
                    }
                }
            }
            None => wrong("social_team"),
        }
    }
    if present(&root["default_language"]) {
        match root["default_language"].as_str().filter(|code| ["en", "es", "ca"].contains(code)) {
            Some(code) => config.default_language = Some(code.to_owned()),
            None => wrong("default_language"),
        }
    }
    if present(&root["default_disguise"]) {
        match root["default_disguise"].as_str().and_then(Disguise::parse) {
            Some(disguise) => config.default_disguise = Some(disguise),
            None => wrong("default_disguise"),
        }
    }
    if present(&root["quick_exit_url"]) {
        match root["quick_exit_url"].as_str().and_then(neutral_site::check) {
            Some(address) => config.quick_exit_url = Some(address),
            None => wrong("quick_exit_url"),
        }
    }
    if present(&root["programme_months"]) {
        match root["programme_months"].as_u64().filter(|months| (1..=36).contains(months)) {
            Some(months) => config.programme_months = months as u32,
            None => wrong("programme_months"),
        }
    }
    if present(&root["resource_packs"]) {
        let packs = root["resource_packs"].as_array().filter(|list| list.len() <= MAX_PACKS).and_then(|list| {
            list.iter().map(|path| path.as_str().filter(|path| is_pack_path(path)).map(str::to_owned)).collect()
        });
        match packs {
            Some(packs) => config.resource_packs = packs,
            None => wrong("resource_packs"),
        }
    }
    (config, problems)
}

fn short(text: &str) -> bool {
    !text.trim().is_empty() && text.chars().count() <= MAX_TEXT
}

/// `{"en": "…", "es": "…"}` with language codes and short texts.
fn translated(value: &Value) -> Option<Translated> {
    let map: Translated = serde_json::from_value(value.clone()).ok()?;
    fits(&map).then_some(map)
}

fn fits(map: &Translated) -> bool {
    map.iter().all(|(code, text)| crate::language::is_code(code) && text.chars().count() <= MAX_TEXT)
}

fn contact(value: &Value) -> Option<Contact> {
    let contact: Contact = serde_json::from_value(value.clone()).ok()?;
    let texts_fit = fits(&contact.role) && fits(&contact.hours);
    let phone_ok = contact.phone.as_deref().is_none_or(|phone| phone_link(phone).is_some());
    let email_ok = contact.email.as_deref().is_none_or(|email| email_link(email).is_some());
    (short(&contact.name) && texts_fit && phone_ok && email_ok).then_some(contact)
}

/// A file of the same folder: relative, plain, JSON. Never another origin
/// (the CSP would refuse it anyway) and never above the folder.
fn is_pack_path(path: &str) -> bool {
    path.ends_with(".json")
        && path.len() <= 200
        && !path.starts_with('/')
        && path.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
        && path.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'))
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub const EXAMPLE: &str = include_str!("../../../../docs/senda.config.example.json");

    #[test]
    fn the_example_file_is_read_without_a_problem() {
        let (config, problems) = read(Some(EXAMPLE));
        assert_eq!(problems, []);
        assert!(!config.name.is_empty());
        assert!(!config.social_team.is_empty());
        assert_eq!(config.programme_months, 6);
    }

    #[test]
    fn the_shipped_file_gives_the_defaults() {
        let (config, problems) = read(Some(include_str!("../../../../public/senda.config.json")));
        assert_eq!((config, problems), (OrgConfig::default(), vec![]));
    }

    #[test]
    fn no_file_or_no_json_gives_every_default_and_says_why() {
        assert_eq!(read(None), (OrgConfig::default(), vec![ConfigProblem::Missing]));
        assert!(matches!(read(Some("{ name: 1")).1[..], [ConfigProblem::NotJson(_)]));
        assert_eq!(read(Some("[]")).1, [ConfigProblem::WrongFormat]);
        assert_eq!(read(Some(r#"{"format":"senda-config","version":2}"#)).1, [ConfigProblem::WrongFormat]);
    }

    #[test]
    fn a_wrong_field_is_named_and_the_rest_still_applies() {
        let mut file: Value = serde_json::from_str(EXAMPLE).unwrap();
        file["quick_exit_url"] = "javascript:alert(1)".into();
        file["programme_months"] = 0.into();
        file["default_language"] = "fr".into();
        file["default_disguise"] = "bank".into();
        file["resource_packs"] = serde_json::json!(["https://elsewhere.example/pack.json"]);
        file["social_team"][0]["email"] = "not an address".into();
        let (config, problems) = read(Some(&file.to_string()));
        let fields: Vec<_> = problems
            .iter()
            .map(|problem| match problem {
                ConfigProblem::Field(field) => field.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(
            fields,
            [
                "social_team[0]",
                "default_language",
                "default_disguise",
                "quick_exit_url",
                "programme_months",
                "resource_packs"
            ]
        );
        assert_eq!(config.quick_exit_url, None);
        assert_eq!(config.programme_months, DEFAULT_PROGRAMME_MONTHS);
        assert_eq!(config.resource_packs, DEFAULT_PACKS);
        assert_eq!(config.name, read(Some(EXAMPLE)).0.name, "the name was right and is kept");
    }

    #[test]
    fn an_organisation_can_give_every_phone_a_neutral_name() {
        let mut file: Value = serde_json::from_str(EXAMPLE).unwrap();
        file["default_disguise"] = "recipes".into();
        let (config, problems) = read(Some(&file.to_string()));
        assert_eq!(problems, []);
        assert_eq!(config.default_disguise, Some(Disguise::Recipes));
        let kept: OrgConfig = serde_json::from_str(&serde_json::to_string(&config).unwrap()).unwrap();
        assert_eq!(kept.default_disguise, Some(Disguise::Recipes), "kept on the device as read");
    }

    #[test]
    fn pack_paths_stay_in_the_folder() {
        for path in ["resources/organisation.json", "packs/barcelona-2026.json"] {
            assert!(is_pack_path(path), "{path}");
        }
        for path in [
            "/resources/a.json",
            "../a.json",
            "a/../../b.json",
            "https://x.org/a.json",
            "//x.org/a.json",
            "a.txt",
            "a b.json",
        ] {
            assert!(!is_pack_path(path), "{path}");
        }
    }
}

// proptest runs natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::EXAMPLE;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        /// Cut or bit-flipped files with one wrong field: settings and
        /// problems, never a panic, and never a quick-exit page or pack path
        /// that did not pass its check. When only the wrong field is there,
        /// it is the one named.
        #[test]
        fn damaged_files_never_panic(
            cut in 0usize..4_000,
            flips in proptest::collection::vec((0usize..4_000, 0u8..8), 0..4),
            wrong in prop_oneof![
                Just(("quick_exit_url", "\"javascript:alert(1)\"")), Just(("programme_months", "0")),
                Just(("default_language", "\"xx\"")), Just(("resource_packs", "[\"../secret.json\"]")),
                Just(("programme_months", "\"six\""))
            ],
        ) {
            let mut file: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
            file[wrong.0] = serde_json::from_str(wrong.1).unwrap();
            let whole = file.to_string();
            let text = crate::text::damage::damaged(&whole, cut, &flips);
            let (config, problems) = read(Some(&text));
            prop_assert!(config.quick_exit_url.as_deref().is_none_or(|url| neutral_site::check(url).is_some()));
            prop_assert!(config.resource_packs.iter().all(|path| is_pack_path(path)));
            prop_assert!((1..=36).contains(&config.programme_months));
            if text == whole {
                prop_assert_eq!(problems, vec![ConfigProblem::Field(wrong.0.to_owned())]);
            }
        }
    }
}
