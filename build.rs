//! Generates the `i18n` module from `locales/*.json` (leptos_i18n: a key used
//! in code but missing from the files does not compile), and checks the
//! languages before it does:
//! - English, Spanish and Catalan have every string, none empty;
//! - the mentee's languages have every string of her path
//!   (`locales/guide-keys.txt`: the guide, quick exit, the safety tips), none
//!   empty and none the guide does not know; the mentor's screens fall back
//!   to English there, and the build lists how many strings do.
//!
//! It also writes `guide_keys.rs` for a shared guide's program
//! (`src/guide_strings.rs`): the English of each string that program shows
//! (`locales/guide-program-keys.txt`), and nothing of the other languages,
//! whose strings it fetches. A lookup of a key the list lacks does not
//! compile in that program; a translation whose `{{ name }}`s differ from
//! English's fails here, as leptos_i18n would fail it in the whole app.
//!
//! Adding a language is adding its file, its line below and in
//! `language::LANGUAGES`.
use leptos_i18n_build::{Config, TranslationsInfos};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::path::PathBuf;

const FULL: [&str; 3] = ["en", "es", "ca"];
const GUIDE_ONLY: [&str; 4] = ["ro", "zh", "fr", "ar"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=locales");
    check_languages()?;

    let out_dir = std::env::var_os("OUT_DIR").ok_or("cargo did not set OUT_DIR")?;
    std::fs::write(PathBuf::from(&out_dir).join("guide_keys.rs"), guide_program_keys()?)?;
    let config = FULL[1..]
        .iter()
        .chain(GUIDE_ONLY.iter())
        .try_fold(Config::new(FULL[0])?, |config, locale| config.add_locale(locale))?;
    let translations = TranslationsInfos::parse(config)?;
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(PathBuf::from(out_dir).join("i18n"))?;
    Ok(())
}

fn keys(locale: &str) -> Result<BTreeSet<String>, Box<dyn Error>> {
    Ok(strings(locale)?.into_keys().collect())
}

fn strings(locale: &str) -> Result<BTreeMap<String, String>, Box<dyn Error>> {
    let path = format!("locales/{locale}.json");
    let value: Value =
        serde_json::from_str(&std::fs::read_to_string(&path)?).map_err(|error| format!("{path}: {error}"))?;
    let mut strings = BTreeMap::new();
    collect(&value, String::new(), &mut strings, &path)?;
    Ok(strings)
}

fn collect(
    value: &Value,
    prefix: String,
    strings: &mut BTreeMap<String, String>,
    path: &str,
) -> Result<(), Box<dyn Error>> {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                collect(value, if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") }, strings, path)?;
            }
        }
        Value::String(text) if text.trim().is_empty() => return Err(format!("{path}: \"{prefix}\" is empty").into()),
        Value::String(text) => {
            strings.insert(prefix, text.clone());
        }
        other => {
            strings.insert(prefix, other.to_string());
        }
    }
    Ok(())
}

/// The keys a list in `locales/` names, one a line, `#` for a comment.
fn key_list(path: &str) -> Result<BTreeSet<String>, Box<dyn Error>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect())
}

fn guide_keys() -> Result<BTreeSet<String>, Box<dyn Error>> {
    key_list("locales/guide-keys.txt")
}

/// The names a text interpolates, `{{ name }}`.
fn interpolated(text: &str) -> BTreeSet<&str> {
    text.split("{{").skip(1).filter_map(|part| part.split_once("}}")).map(|(name, _)| name.trim()).collect()
}

/// `guide_keys.rs`: a `Key` with its English for each string the guide's
/// program shows, after checking that each is English's and that every
/// translation of it interpolates what English does.
fn guide_program_keys() -> Result<String, Box<dyn Error>> {
    let listed = key_list("locales/guide-program-keys.txt")?;
    let english = strings(FULL[0])?;
    let mut problems = Vec::new();
    for key in listed.iter().filter(|key| !english.contains_key(*key)) {
        problems.push(format!("locales/guide-program-keys.txt names \"{key}\", which English does not have"));
    }
    for locale in FULL.iter().chain(GUIDE_ONLY.iter()) {
        let translated = strings(locale)?;
        for key in &listed {
            let (Some(text), Some(original)) = (translated.get(key), english.get(key)) else { continue };
            if interpolated(text) != interpolated(original) {
                problems.push(format!("locales/{locale}.json: \"{key}\" does not fill in what English's does"));
            }
            // That program fills in plain values: leptos_i18n's components
            // (`<b>…</b>`) and formatters (`{{ n, number }}`) it would show as written.
            if text.contains('<') || interpolated(text).iter().any(|name| name.contains([',', ':'])) {
                problems.push(format!(
                    "locales/{locale}.json: \"{key}\" is a string of the guide's program, which fills in plain names only"
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n").into());
    }
    let consts: String = listed
        .iter()
        .filter_map(|key| english.get(key).map(|text| (key, text)))
        .map(|(key, text)| format!("    pub const {key}: Key = Key {{ name: {key:?}, english: {text:?} }};\n"))
        .collect();
    Ok(format!("#[allow(non_upper_case_globals)]\npub mod keys {{\n    use super::Key;\n{consts}}}\n"))
}

fn check_languages() -> Result<(), Box<dyn Error>> {
    let full: Vec<(&str, BTreeSet<String>)> =
        FULL.iter().map(|locale| Ok((*locale, keys(locale)?))).collect::<Result<_, Box<dyn Error>>>()?;
    let union: BTreeSet<&String> = full.iter().flat_map(|(_, keys)| keys.iter()).collect();
    let mut problems = Vec::new();
    for (locale, keys) in &full {
        for missing in union.iter().filter(|key| !keys.contains(**key)) {
            problems.push(format!("locales/{locale}.json has no \"{missing}\""));
        }
    }
    let guide = guide_keys()?;
    for unknown in guide.iter().filter(|key| !union.contains(key)) {
        problems.push(format!("locales/guide-keys.txt names \"{unknown}\", which English does not have"));
    }
    for locale in GUIDE_ONLY {
        let keys = keys(locale)?;
        for missing in guide.difference(&keys) {
            problems.push(format!("locales/{locale}.json has no \"{missing}\", a string of the mentee's guide"));
        }
        for extra in keys.iter().filter(|key| !union.contains(key)) {
            problems.push(format!("locales/{locale}.json has \"{extra}\", which English does not have"));
        }
        let fallbacks = union.len() - keys.len();
        if fallbacks > 0 {
            println!(
                "cargo::warning=locales/{locale}.json: {fallbacks} strings of the mentor's screens are shown in English"
            );
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}
