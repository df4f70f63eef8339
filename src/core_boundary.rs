//! The functional core runs under `cargo test` without a browser: these
//! files hold the rules and never touch the browser or the UI framework.
//! Listed here, and in ARCHITECTURE.md, so that a new browser call in a rule
//! file fails a test instead of slipping in.

/// The rule files, by path under `src/`.
pub const CORE: &[&str] = &[
    "router.rs",
    "day.rs",
    "text/fold.rs",
    "text/highlight.rs",
    "text/excerpt.rs",
    "text/number_runs.rs",
    "storage/record_key.rs",
    "storage/codec.rs",
    "storage/migrations.rs",
    "storage/store.rs",
    "storage/storage_error.rs",
    "journal/entry.rs",
    "journal/mood.rs",
    "journal/journal_query.rs",
    "journal/draft.rs",
    "journal/trash.rs",
    "journal/markdown_export.rs",
    "journal/journal_store.rs",
    "storage/sealing.rs",
    "vault/vault_key.rs",
    "vault/vault_meta.rs",
    "vault/rekey.rs",
    "vault/passphrase_change.rs",
    "vault/retry_delay.rs",
    "vault/auto_lock.rs",
    "vault/hide_on_leaving.rs",
    "vault/two_clocks.rs",
    "vault/passphrase_rules.rs",
    "vault/passphrase_strength.rs",
    "backup/backup_file.rs",
    "backup/backup_records.rs",
    "backup/restore.rs",
    "backup/backup_reminder.rs",
    "safety/disguise.rs",
    "safety/shift_presses.rs",
    "safety/neutral_site.rs",
    "safety/wipe.rs",
    "safety/wipe_after_tries.rs",
    "resources/resource_pack.rs",
    "resources/pack_content.rs",
    "resources/link_check.rs",
    "resources/phone_channel.rs",
    "resources/guide_layers.rs",
    "resources/translated.rs",
    "resources/resource_query.rs",
    "resources/category.rs",
    "resources/qr_code.rs",
    "resources/read_aloud.rs",
    "resources/own_service.rs",
    "resources/guide_records.rs",
    "conversations/checklist.rs",
    "conversations/conversation.rs",
    "conversations/mentoring_log.rs",
    "conversations/conversation_store.rs",
    "self_care/check_in.rs",
    "self_care/who5.rs",
    "self_care/trends.rs",
    "self_care/activities.rs",
    "self_care/plan.rs",
    "self_care/reminder.rs",
    "self_care/self_care_store.rs",
    "organisation/org_config.rs",
    "settings/safari_eviction.rs",
    "settings/setting_check.rs",
    "settings/storage_fullness.rs",
];

/// Crates that reach the browser or the UI framework.
const BROWSER: [&str; 5] = ["web_sys", "js_sys", "wasm_bindgen", "leptos", "gloo"];

/// The first browser crate `code` names as a path (`web_sys::window`,
/// `use leptos::prelude::*`), if any.
fn browser_crate_in(code: &str) -> Option<&'static str> {
    BROWSER.into_iter().find(|name| {
        code.match_indices(name).any(|(at, _)| {
            let before = code[..at].chars().next_back();
            let after = &code[at + name.len()..];
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                && (after.starts_with("::") || after.starts_with('_'))
        })
    })
}

/// The code of a file without its comments, where a crate may be named freely.
fn code(path: &str) -> String {
    let text = std::fs::read_to_string(format!("{}/src/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|error| panic!("src/{path}: {error}"));
    text.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

#[test]
fn no_rule_file_touches_the_browser() {
    for path in CORE {
        if let Some(name) = browser_crate_in(&code(path)) {
            panic!("src/{path} uses {name}: move the browser part out, or the file out of CORE");
        }
    }
}

#[test]
fn the_check_finds_browser_paths_and_nothing_else() {
    assert_eq!(browser_crate_in("let window = web_sys::window();"), Some("web_sys"));
    assert_eq!(browser_crate_in("use leptos::prelude::*;"), Some("leptos"));
    assert_eq!(browser_crate_in("use leptos_i18n::Locale;"), Some("leptos"));
    assert_eq!(browser_crate_in("use wasm_bindgen::JsCast;"), Some("wasm_bindgen"));
    assert_eq!(browser_crate_in("let my_web_sys = 1; // plain words: leptos, js_sys"), None);
    assert_eq!(browser_crate_in("use crate::storage::codec;"), None);
}

/// Storage's own code, without its tests (which may bring a real key).
fn product_code(path: &str) -> String {
    let code = code(path);
    code.split("#[cfg(test)]").next().unwrap_or_default().to_owned()
}

#[test]
fn storage_does_not_know_the_vault() {
    let folder = format!("{}/src/storage", env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec!["storage.rs".to_owned()];
    for file in std::fs::read_dir(&folder).unwrap_or_else(|error| panic!("{folder}: {error}")) {
        let name = file.map(|file| file.file_name().to_string_lossy().into_owned()).unwrap_or_default();
        paths.push(format!("storage/{name}"));
    }
    assert!(paths.len() > 5, "the storage files were found");
    for path in paths {
        assert!(
            !product_code(&path).contains("crate::vault"),
            "src/{path} imports the vault: take what it needs as a `Sealer` or move the rule into storage"
        );
    }
}
