//! The rules stay testable without a browser because this crate cannot
//! reach one: none of its own dependencies is a browser or UI crate, so a
//! `web_sys::window()` in a rule is a compile error, not a review comment.
//! Read from `Cargo.lock`, which names what the build really resolved.

/// Crates that reach the browser or the UI framework, by name prefix.
const BROWSER: [&str; 5] = ["web-sys", "js-sys", "wasm-bindgen", "leptos", "gloo"];

fn root_file(name: &str) -> String {
    let path = format!("{}/../../{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The dependencies `Cargo.lock` records for `package`.
fn locked_dependencies(lock: &str, package: &str) -> Option<Vec<String>> {
    let block = lock.split("[[package]]").find(|block| block.contains(&format!("\nname = \"{package}\"\n")))?;
    let list = block.split("dependencies = [").nth(1)?.split(']').next()?;
    Some(
        list.split(',')
            .map(|item| item.trim().trim_matches('"').split(' ').next().unwrap_or_default().to_owned())
            .filter(|name| !name.is_empty())
            .collect(),
    )
}

fn browser_crates(dependencies: &[String]) -> Vec<String> {
    dependencies.iter().filter(|name| BROWSER.iter().any(|browser| name.starts_with(browser))).cloned().collect()
}

#[test]
fn the_rules_depend_on_no_browser_crate() {
    let lock = root_file("Cargo.lock");
    let dependencies = locked_dependencies(&lock, "senda-core").expect("senda-core is in Cargo.lock");
    assert!(dependencies.iter().any(|name| name == "serde"), "the list was read: {dependencies:?}");
    assert_eq!(browser_crates(&dependencies), Vec::<String>::new(), "a rule must not reach the browser");
}

#[test]
fn the_check_would_see_a_browser_crate() {
    let lock = "[[package]]\nname = \"senda-core\"\nversion = \"0.1.0\"\ndependencies = [\n \"serde\",\n \"web-sys\",\n \"leptos 0.8.2\",\n]\n";
    let dependencies = locked_dependencies(lock, "senda-core").unwrap();
    assert_eq!(browser_crates(&dependencies), ["web-sys", "leptos"]);
}

/// Storage's own code, without its tests (which may bring a real key).
fn product_code(path: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let code: Vec<_> = text.lines().filter(|line| !line.trim_start().starts_with("//")).collect();
    code.join("\n").split("#[cfg(test)]").next().unwrap_or_default().to_owned()
}

#[test]
fn storage_does_not_know_the_vault() {
    let src = format!("{}/src", env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![format!("{src}/storage.rs")];
    for file in std::fs::read_dir(format!("{src}/storage")).unwrap_or_else(|error| panic!("{src}/storage: {error}")) {
        paths.extend(file.ok().map(|file| file.path().to_string_lossy().into_owned()));
    }
    assert!(paths.len() > 5, "the storage files were found");
    for path in paths {
        assert!(
            !product_code(&path).contains("crate::vault"),
            "{path} imports the vault: take what it needs as a `Sealer` or move the rule into storage"
        );
    }
}
