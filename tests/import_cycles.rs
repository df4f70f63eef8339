//! How the app's folders may import each other. `ui` is a leaf, nothing
//! imports the shell, and no import cycle between features appears:
//! a cycle ties features so that none can change or be tested alone.
//! An import of a feature's rules (`crate::journal::entry`, re-exported from
//! senda-core) is an import of the rules, not of the feature.
#![cfg(not(target_arch = "wasm32"))]

mod repository;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use repository::{ROOT, rust_files};

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The top folders and files of `src/` (`journal`, `ui`, `shell`…).
fn top_modules(src: &Path) -> BTreeSet<String> {
    let entries = std::fs::read_dir(src).unwrap_or_else(|error| panic!("{}: {error}", src.display()));
    entries
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().trim_end_matches(".rs").to_owned())
        .filter(|name| !["js", "lib", "main"].contains(&name.as_str()))
        .collect()
}

/// Whether `crate::<module>::<item>` names a rule file of senda-core.
fn is_rule(module: &str, item: &str) -> bool {
    Path::new(ROOT).join(format!("crates/senda-core/src/{module}/{item}.rs")).exists()
}

/// The `crate::a::b` paths of a file's own code (not its tests or comments),
/// including those inside `use crate::{a::b, c::d}`.
fn crate_paths(code: &str) -> Vec<(String, String)> {
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    let code: String =
        code.lines().map(|line| line.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
    let mut paths = Vec::new();
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).map(str::to_owned).collect()
    };
    for word in words(&code) {
        if let Some(rest) = word.strip_prefix("crate::").filter(|rest| !rest.is_empty()) {
            let mut parts = rest.split("::");
            paths.push((parts.next().unwrap_or_default().to_owned(), parts.next().unwrap_or_default().to_owned()));
        }
    }
    for group in code.split("use crate::{").skip(1) {
        let group = group.split("};").next().unwrap_or_default();
        for word in words(group) {
            let mut parts = word.split("::");
            if let (Some(module), Some(item)) = (parts.next(), parts.next()) {
                paths.push((module.to_owned(), item.to_owned()));
            }
        }
    }
    paths
}

/// Which top module imports which, from the files under `src/`.
fn import_graph() -> Graph {
    let src = Path::new(ROOT).join("src");
    let modules = top_modules(&src);
    let mut graph = Graph::new();
    for file in rust_files(&src) {
        let relative = file.strip_prefix(&src).unwrap_or(&file).to_string_lossy().into_owned();
        let from = relative.split('/').next().unwrap_or_default().trim_end_matches(".rs").to_owned();
        let code = std::fs::read_to_string(&file).unwrap_or_default();
        for (module, item) in crate_paths(&code) {
            if module != from && modules.contains(&module) && !is_rule(&module, &item) {
                graph.entry(from.clone()).or_default().insert(module);
            }
        }
    }
    graph
}

fn reaches(graph: &Graph, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut next = vec![from.to_owned()];
    while let Some(module) = next.pop() {
        if module == to {
            return true;
        }
        if seen.insert(module.clone()) {
            next.extend(graph.get(&module).into_iter().flatten().cloned());
        }
    }
    false
}

/// The edges that lie on a cycle: a imports b, and b leads back to a.
fn cycle_edges(graph: &Graph) -> BTreeSet<(String, String)> {
    graph
        .iter()
        .flat_map(|(from, to)| to.iter().map(move |to| (from.clone(), to.clone())))
        .filter(|(from, to)| reaches(graph, to, from))
        .collect()
}

#[test]
fn no_import_cycle_between_features() {
    let graph = import_graph();
    assert!(graph.len() > 8, "the imports were read: {graph:?}");
    let found = cycle_edges(&graph);
    assert!(
        found.is_empty(),
        "an import cycle: {found:?}; import the other way round, move the part both need, \
         or let the shell put one feature's part into the other's screen (as it does on the journal page)"
    );
}

#[test]
fn ui_is_a_leaf_and_nothing_imports_the_shell() {
    let graph = import_graph();
    let ui: Vec<_> = graph.get("ui").into_iter().flatten().collect();
    assert!(
        ui.iter().all(|module| ["storage", "platform", "language"].contains(&module.as_str())),
        "ui imports a feature or the shell: {ui:?}"
    );
    let shell_users: Vec<_> = graph.iter().filter(|(_, to)| to.contains("shell")).map(|(from, _)| from).collect();
    assert!(shell_users.is_empty(), "only lib.rs starts the shell: {shell_users:?}");
}

/// The files that name the browser's localStorage adapter, outside its own
/// folder.
fn local_storage_users(src: &Path) -> Vec<String> {
    rust_files(src)
        .into_iter()
        .map(|file| file.strip_prefix(src).unwrap_or(&file).to_string_lossy().into_owned())
        .filter(|relative| !relative.starts_with("storage/"))
        .filter(|relative| {
            let code = std::fs::read_to_string(src.join(relative)).unwrap_or_default();
            code.contains("local_storage::LocalStorage") || code.contains("local_storage::{")
        })
        .collect()
}

/// Storage by context: the root hands one store to every screen, so no
/// feature reads localStorage behind its back and a screen can be mounted
/// over memory (`tests/in_browser/screens_over_memory.rs`).
#[test]
fn only_the_start_names_local_storage() {
    let mut users = local_storage_users(&Path::new(ROOT).join("src"));
    users.sort();
    assert_eq!(users, ["lib.rs", "shell/shell_start.rs"], "take the store from context (`use_store`) instead");
}

/// The screens of a feature with records of its own that call `use_store`
/// instead of going through the feature's state (`*_state.rs`,
/// `*_records.rs`), which holds the feature's one way to its records.
fn screens_that_take_the_store(src: &Path) -> Vec<String> {
    const FEATURES: [&str; 5] = ["journal/", "self_care/", "conversations/", "resources/", "organisation/"];
    rust_files(src)
        .into_iter()
        .map(|file| file.strip_prefix(src).unwrap_or(&file).to_string_lossy().into_owned())
        .filter(|relative| FEATURES.iter().any(|feature| relative.starts_with(feature)))
        .filter(|relative| !relative.ends_with("_state.rs") && !relative.ends_with("_records.rs"))
        .filter(|relative| std::fs::read_to_string(src.join(relative)).unwrap_or_default().contains("use_store()"))
        .collect()
}

/// One state object per feature: a screen asks its feature's state, so a
/// record is read and written by one set of rules wherever it is shown.
#[test]
fn feature_screens_reach_records_through_their_state() {
    let screens = screens_that_take_the_store(&Path::new(ROOT).join("src"));
    assert!(screens.is_empty(), "go through the feature's state (`use_journal`, `use_self_care`, ...): {screens:?}");
}

#[test]
fn the_check_sees_a_cycle_through_three_folders_and_reads_grouped_imports() {
    let graph: Graph =
        [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")].into_iter().fold(Graph::new(), |mut graph, (from, to)| {
            graph.entry(from.into()).or_default().insert(to.into());
            graph
        });
    let edges: Vec<_> = cycle_edges(&graph).into_iter().collect();
    assert_eq!(edges.len(), 3, "{edges:?}");
    assert!(!edges.contains(&("c".into(), "d".into())));
    let paths =
        crate_paths("use crate::{vault::vault_session::use_vault, ui::notice::Notice};\n// crate::shell::app\n");
    assert_eq!(paths, [("vault".to_owned(), "vault_session".to_owned()), ("ui".to_owned(), "notice".to_owned())]);
}
