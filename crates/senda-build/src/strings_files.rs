//! The guide's program carries the English of its strings only
//! (src/guide_strings.rs): each other language's come as
//! strings/<code>.json, with the keys locales/guide-program-keys.txt lists
//! that the language has. A key it lacks is shown in English, as in the
//! whole app.
use serde_json::{Map, Value};

use crate::site::{self, Site};

/// Writes one file per language but English, and answers their paths in the site.
pub fn write_strings(site: &Site) -> Result<Vec<String>, String> {
    let locales = site.source.join("locales");
    let list = site::read_text(&locales.join("guide-program-keys.txt"))?;
    let keys = program_keys(&list);
    let mut files = Vec::new();
    for file in site::files_under(&locales)? {
        // The locale files are the folder's own; a subfolder is not a language.
        let Some(language) = file.strip_suffix(".json").filter(|language| *language != "en" && !language.contains('/'))
        else {
            continue;
        };
        let words: Map<String, Value> = serde_json::from_str(&site::read_text(&locales.join(&file))?)
            .map_err(|error| format!("locales/{file}: {error}"))?;
        let own: Map<String, Value> = keys
            .iter()
            .filter_map(|key| {
                words.get(*key).filter(|text| text.is_string()).map(|text| ((*key).to_owned(), text.clone()))
            })
            .collect();
        let path = format!("strings/{language}.json");
        site::write(&site.staging.join(&path), Value::Object(own).to_string())?;
        files.push(path);
    }
    if keys.is_empty() || !files.iter().any(|file| file == "strings/ar.json") {
        return Err("no guide strings to write from locales/".into());
    }
    Ok(files)
}

/// The list's keys: one a line, `#` starting a comment line.
fn program_keys(list: &str) -> Vec<&str> {
    list.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_list_skips_comments_and_blank_lines() {
        assert_eq!(program_keys("# the guide's\nquick_exit\n\n  guide_title \n"), ["quick_exit", "guide_title"]);
    }
}
