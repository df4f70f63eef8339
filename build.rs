//! Generates the `i18n` module from `locales/*.json` (leptos_i18n: a key used
//! in code but missing from the files does not compile), and fails the build
//! when any language lacks a key another has, or leaves one empty: Senda never
//! shows a user a string in a language she did not choose.
use leptos_i18n_build::{Config, TranslationsInfos};
use serde_json::Value;
use std::collections::BTreeSet;
use std::error::Error;
use std::path::PathBuf;

const LOCALES: [&str; 3] = ["en", "es", "ca"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=locales");
    check_every_language_is_complete()?;

    let out_dir = std::env::var_os("OUT_DIR").ok_or("cargo did not set OUT_DIR")?;
    let config = LOCALES[1..].iter().try_fold(Config::new(LOCALES[0])?, |config, locale| config.add_locale(locale))?;
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(PathBuf::from(out_dir).join("i18n"))?;
    Ok(())
}

fn keys(locale: &str) -> Result<BTreeSet<String>, Box<dyn Error>> {
    let path = format!("locales/{locale}.json");
    let value: Value =
        serde_json::from_str(&std::fs::read_to_string(&path)?).map_err(|error| format!("{path}: {error}"))?;
    let mut keys = BTreeSet::new();
    collect(&value, String::new(), &mut keys, &path)?;
    Ok(keys)
}

fn collect(value: &Value, prefix: String, keys: &mut BTreeSet<String>, path: &str) -> Result<(), Box<dyn Error>> {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                collect(value, if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") }, keys, path)?;
            }
        }
        Value::String(text) if text.trim().is_empty() => return Err(format!("{path}: \"{prefix}\" is empty").into()),
        _ => {
            keys.insert(prefix);
        }
    }
    Ok(())
}

fn check_every_language_is_complete() -> Result<(), Box<dyn Error>> {
    let all: Vec<(&str, BTreeSet<String>)> =
        LOCALES.iter().map(|locale| Ok((*locale, keys(locale)?))).collect::<Result<_, Box<dyn Error>>>()?;
    let union: BTreeSet<&String> = all.iter().flat_map(|(_, keys)| keys.iter()).collect();
    let mut problems = Vec::new();
    for (locale, keys) in &all {
        for missing in union.iter().filter(|key| !keys.contains(**key)) {
            problems.push(format!("locales/{locale}.json has no \"{missing}\""));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}
