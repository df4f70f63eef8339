//! `locales/guide-program-keys.txt` names exactly the strings that `src/`
//! looks up with the guide's macros (src/guide_strings.rs). A lookup of a
//! key it lacks already fails the guide's build; this finds a key listed
//! and no longer looked up, which every phone's strings file would carry
//! for nothing.
#![cfg(not(target_arch = "wasm32"))]

mod repository;

use std::collections::BTreeSet;
use std::path::Path;

use repository::{ROOT, rust_files};

const LOOKUPS: [&str; 3] = ["guide_t!(", "guide_t_string!(", "guide_td_string!("];

/// The key of each guide lookup in `code`: the second argument.
fn looked_up(code: &str) -> Vec<String> {
    LOOKUPS
        .iter()
        .flat_map(|lookup| code.match_indices(lookup).map(move |(at, _)| &code[at + lookup.len()..]))
        .filter_map(|rest| {
            let (_, after_first) = rest.split_once(',')?;
            let key: String =
                after_first.trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            // A macro's own rules name `$key`, not a key.
            (!key.is_empty()).then_some(key)
        })
        .collect()
}

#[test]
fn the_guide_program_list_names_each_key_its_lookups_use_and_no_other() {
    let list = std::fs::read_to_string(Path::new(ROOT).join("locales/guide-program-keys.txt")).unwrap_or_default();
    let listed: BTreeSet<String> = list
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect();
    assert!(listed.len() > 50, "locales/guide-program-keys.txt lists {} keys", listed.len());
    let used: BTreeSet<String> = rust_files(&Path::new(ROOT).join("src"))
        .iter()
        .flat_map(|path| looked_up(&std::fs::read_to_string(path).unwrap_or_default()))
        .collect();
    let unused: Vec<&String> = listed.difference(&used).collect();
    let unlisted: Vec<&String> = used.difference(&listed).collect();
    assert!(unused.is_empty(), "listed, and no guide lookup uses them: {unused:?}");
    assert!(unlisted.is_empty(), "looked up with the guide's macros, and not listed: {unlisted:?}");
}

#[test]
fn a_lookup_is_read_by_its_key_whatever_its_layout() {
    assert_eq!(looked_up("guide_t!(i18n, quick_exit)"), ["quick_exit"]);
    assert_eq!(
        looked_up("guide_td_string!(locale, nav_resources) guide_t!(\n  i18n,\n  imported_mark,\n  file = x)"),
        ["imported_mark", "nav_resources"]
    );
    assert_eq!(looked_up("($i18n:expr, $key:ident) => { guide_t!($($lookup)*) }"), Vec::<String>::new());
}
