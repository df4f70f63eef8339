//! ARCHITECTURE.md stays true: every path it names exists, and every
//! invariant names at least one test, each of which exists (a Rust test by
//! its function's name, an end-to-end test by its file and the start of its
//! title). A map that names a moved file or a deleted test fails here.
#![cfg(not(target_arch = "wasm32"))]

mod repository;

use std::path::Path;

use repository::{ROOT, files, rust_files};
/// Where a path the map names may start.
const TOP_FOLDERS: [&str; 12] = [
    "crates/", "src/", "public/", "e2e/", "tools/", "locales/", "docs/", "style/", "tests/", "bench/", ".cargo/",
    "build.rs",
];

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The `code` spans of a text.
fn code_spans(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

/// The "quoted" spans of a text.
fn quoted(text: &str) -> Vec<String> {
    text.split('"').skip(1).step_by(2).map(|quote| quote.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

fn is_named_path(span: &str) -> bool {
    TOP_FOLDERS.iter().any(|top| span.starts_with(top))
}

fn is_file_name(span: &str) -> bool {
    !span.contains(['/', ' ', ':', '*'])
        && [".rs", ".mjs", ".js", ".json", ".md", ".css", ".sh", ".txt", ".toml", ".env", ".py"]
            .iter()
            .any(|end| span.ends_with(end))
}

/// The invariants: each bullet of the "Invariants" section, joined into one line.
fn invariants(map: &str) -> Vec<String> {
    let section = map.split("\n## Invariants").nth(1).unwrap_or_default();
    let section = section.split("\n## ").next().unwrap_or_default();
    section.split("\n- ").skip(1).map(|bullet| bullet.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

/// What a "Proved by" names that does not exist: Rust test functions by
/// name, e2e titles by the file named before them.
fn missing_proofs(proof: &str, rust_code: &str, e2e: &Path) -> Vec<String> {
    let mut missing = Vec::new();
    let mut e2e_file: Option<String> = None;
    // Code spans and quotes in the order they are written.
    for (at, piece) in proof.split('`').enumerate() {
        if at % 2 == 1 {
            if piece.ends_with(".test.mjs") {
                let path = e2e.join(piece);
                if path.exists() { e2e_file = Some(read(&path)) } else { missing.push(format!("e2e/{piece}")) }
            } else if !rust_code.contains(&format!("fn {piece}(")) {
                missing.push(format!("test `{piece}`"));
            }
        } else if let Some(tests) = &e2e_file {
            let tests = tests.split_whitespace().collect::<Vec<_>>().join(" ");
            for title in quoted(piece) {
                if !tests.contains(&title) {
                    missing.push(format!("e2e test \"{title}\""));
                }
            }
        }
    }
    missing
}

fn map() -> String {
    read(&Path::new(ROOT).join("ARCHITECTURE.md"))
}

fn rust_code() -> String {
    ["crates", "src", "tests"]
        .iter()
        .flat_map(|folder| rust_files(&Path::new(ROOT).join(folder)))
        .map(|path| read(&path))
        .collect()
}

/// The paths among `spans` that are not in the repository: a path from one
/// of its top folders, or a file name found nowhere in it.
fn missing_paths(spans: &[String]) -> Vec<String> {
    let root = Path::new(ROOT);
    let names: Vec<String> = files(root)
        .iter()
        .filter_map(|path| path.file_name().map(|name| name.to_string_lossy().into_owned()))
        .collect();
    let missing = |span: &&String| {
        if is_named_path(span) {
            !root.join(span.trim_end_matches('/')).exists()
        } else {
            is_file_name(span) && !names.contains(span)
        }
    };
    spans.iter().filter(missing).cloned().collect()
}

#[test]
fn every_path_the_map_names_exists() {
    let spans = code_spans(&map());
    assert!(spans.iter().filter(|span| is_named_path(span)).count() > 10, "the map's paths were read");
    let missing = missing_paths(&spans);
    assert!(missing.is_empty(), "ARCHITECTURE.md names paths that do not exist: {missing:?}");
}

#[test]
fn the_check_finds_a_moved_file() {
    let spans = ["src/storage/codec.rs", "crates/senda-core/src/storage/codec.rs", "codec.rs", "gone.rs", "*_page.rs"];
    let spans: Vec<String> = spans.map(str::to_owned).into();
    assert_eq!(missing_paths(&spans), ["src/storage/codec.rs", "gone.rs"]);
}

#[test]
fn every_invariant_names_tests_that_exist() {
    let code = rust_code();
    let e2e = Path::new(ROOT).join("e2e");
    let invariants = invariants(&map());
    assert!(invariants.len() > 15, "the invariants were read");
    for invariant in invariants {
        let head: String = invariant.chars().take(70).collect();
        let proof = invariant.split("Proved by").nth(1).unwrap_or_else(|| panic!("no \"Proved by\" in: {head}"));
        assert!(proof.contains('`'), "\"Proved by\" names no test in: {head}");
        let missing = missing_proofs(proof, &code, &e2e);
        assert!(missing.is_empty(), "{head}…\n names what does not exist: {missing:?}");
    }
}

#[test]
fn the_check_finds_a_renamed_test_and_a_changed_title() {
    let e2e = Path::new(ROOT).join("e2e");
    let code = "fn a_real_test() {}";
    assert_eq!(missing_proofs(" `a_real_test`, `a_gone_test`.", code, &e2e), ["test `a_gone_test`"]);
    let changed = missing_proofs(
        " `shell.test.mjs` \"the skip link moves keyboard focus\", \"a title nobody wrote\".",
        code,
        &e2e,
    );
    assert_eq!(changed, ["e2e test \"a title nobody wrote\""]);
    assert_eq!(missing_proofs(" `gone.test.mjs` \"x\".", code, &e2e), ["e2e/gone.test.mjs"]);
}
