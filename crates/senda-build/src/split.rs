//! Cuts one of Senda's two programs into its first download and the chunks
//! its `wasm_split` points mark (src/shell/screens.rs for the whole app,
//! src/shell/guide_app.rs for the guide's).
//!
//! Trunk 0.21 has no splitting of its own, so this redoes its last steps on
//! the linker's output (built with --emit-relocs, .cargo/config.toml):
//! wasm-split-cli's library cuts it and says which files each split point
//! loads, wasm-bindgen binds the main part, and wasm-opt shrinks every part
//! in a release build (Trunk's own wasm-opt is off in index.html, as its
//! output would be thrown away). The program's files have a hash in their
//! name, like Trunk's, so a host may cache them for ever (docs/deploy.md):
//! the main part and the chunk loader by what makes them (`makers_hash`),
//! each chunk by its bytes. wasm-bindgen's JS snippets keep the names it
//! gives them (by the crate's name and version), so they are not cached so.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::digest::{short, short_hash};
use crate::site::{self, Site};
use crate::tool::run;

/// One program's files in the built site.
pub struct Program {
    pub main_js: String,
    pub main_wasm: String,
    pub chunk_loader: String,
    /// The files each split point's first use fetches:
    /// `{ "journal": ["senda-chunk-5-….wasm", …, "senda-split-journal-….wasm"] }`.
    pub sections: BTreeMap<String, Vec<String>>,
}

impl Program {
    pub fn files(&self) -> BTreeSet<String> {
        [&self.main_js, &self.main_wasm, &self.chunk_loader]
            .into_iter()
            .cloned()
            .chain(self.sections.values().flatten().cloned())
            .collect()
    }

    pub fn chunk_count(&self) -> usize {
        self.sections.values().flatten().collect::<BTreeSet<_>>().len()
    }
}

/// Splits the linked `binary` into the site: its main part bound as
/// `<prefix><hash>.js` and `<prefix><hash>_bg.wasm`, each chunk as
/// `<prefix><chunk>-<hash>.wasm`, and the chunk loader as
/// `<prefix>chunks-<hash>.js`.
pub fn split_program(site: &Site, binary: &str, prefix: &str) -> Result<Program, String> {
    let linked = site::read(&site.linked_wasm(binary))?;
    // The loader is named by what makes it, so the split itself writes that
    // name into the wasm's import, and wasm-bindgen into the main JS, with
    // nothing to rename after; and the main part by the same hash, as its
    // bytes name the loader.
    let makers = makers_hash(site, &linked)?;
    let stem = format!("{prefix}{makers}");
    let chunk_loader = format!("{prefix}chunks-{makers}.js");
    let work = WorkFolder::new(&stem)?;
    let link_name = format!("./{chunk_loader}");
    let main_module = format!("./{stem}.js");
    let main_out = work.0.join(format!("{stem}.wasm"));
    let mut options = wasm_split_cli_support::Options::new(&linked);
    options.output_dir = &work.0;
    options.main_out_path = &main_out;
    options.link_name = &link_name;
    // The loader imports the bound main module's exports from its JS.
    options.main_module = &main_module;
    options.target.web();
    let split = wasm_split_cli_support::transform(options).map_err(|error| format!("splitting {binary}: {error:#}"))?;
    if split.prefetch_map.is_empty() {
        return Err(format!("{binary} has no split points"));
    }

    let bound = work.0.join("bound");
    let path_text = |path: &Path| path.to_string_lossy().into_owned();
    // --keep-lld-exports: the chunks import the function table by its
    // linker name, which wasm-bindgen would otherwise stop exporting.
    run(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--keep-lld-exports",
            "--out-dir",
            &path_text(&bound),
            "--out-name",
            &stem,
            &path_text(&main_out),
        ],
        &site.source,
    )?;

    let mut loader = site::read_text(&work.0.join(&chunk_loader))?;
    let mut hashed_names = BTreeMap::new();
    for chunk in &split.split_modules {
        let optimised = work.0.join("optimised.wasm");
        optimise(site, chunk, &optimised)?;
        let bytes = site::read(&optimised)?;
        let chunk_stem = chunk
            .file_stem()
            .and_then(|stem| stem.to_str())
            .ok_or_else(|| format!("the split wrote {}, which has no UTF-8 name", chunk.display()))?;
        let named = format!("{prefix}{}-{}.wasm", chunk_stem.replace('_', "-"), short_hash(&bytes));
        site::write(&site.staging.join(&named), bytes)?;
        // The loader fetches each chunk by the literal `new URL("./<file>",
        // import.meta.url)`, the form wasm-split-cli writes so that a build
        // can give the file a hashed name (src/js.rs in the crate).
        loader = replace_once(&loader, &format!("\"./{chunk_stem}.wasm\""), &format!("\"./{named}\""))?;
        hashed_names.insert(chunk_stem.to_owned(), named);
    }
    let mut sections = BTreeMap::new();
    for (section, stems) in split.prefetch_map {
        let files = stems
            .iter()
            .map(|chunk_stem| {
                hashed_names
                    .get(chunk_stem)
                    .cloned()
                    .ok_or_else(|| format!("{section} loads {chunk_stem}, which the split did not write"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        sections.insert(section, files);
    }
    site::write(&site.staging.join(&chunk_loader), loader)?;

    let main_js = format!("{stem}.js");
    let main_wasm = format!("{stem}_bg.wasm");
    site::write(&site.staging.join(&main_js), site::read(&bound.join(&main_js))?)?;
    optimise(site, &bound.join(&main_wasm), &site.staging.join(&main_wasm))?;
    copy_snippets(&bound.join("snippets"), &site.staging.join("snippets"))?;
    Ok(Program { main_js, main_wasm, chunk_loader, sections })
}

/// A hash of the linked wasm and of all that decides how it is cut, bound
/// and shrunk: Cargo.lock (the split's library), the wasm-bindgen and
/// wasm-opt programs on the PATH (their versions), the variables that
/// switch their output, and this file, which runs them. A host caches a
/// hashed name for a year, so a new tool must give new names, never new
/// bytes under an old one.
fn makers_hash(site: &Site, linked: &[u8]) -> Result<String, String> {
    let mut makers = Sha256::new();
    makers.update(linked);
    makers.update(site::read(&site.source.join("Cargo.lock"))?);
    makers.update(include_str!("split.rs"));
    makers.update(run("wasm-bindgen", &["--version"], &site.source)?);
    if site.release {
        makers.update(run("wasm-opt", &["--version"], &site.source)?);
    }
    for switch in OUTPUT_SWITCHES {
        makers.update(format!("{switch}={}", std::env::var(switch).unwrap_or_default()));
    }
    Ok(short(&makers.finalize()))
}

/// The environment variables that change what the split or wasm-bindgen write.
const OUTPUT_SWITCHES: [&str; 4] =
    ["WASM_SPLIT_CLI_ENABLE_DWARF", "WASM_BINDGEN_EXTERNREF", "WASM_BINDGEN_ANYREF", "WASM_BINDGEN_MULTI_VALUE"];

fn optimise(site: &Site, from: &Path, to: &Path) -> Result<(), String> {
    if !site.release {
        return std::fs::copy(from, to)
            .map(drop)
            .map_err(|error| format!("copying {} to {}: {error}", from.display(), to.display()));
    }
    let [from, to] = [from, to].map(|path| path.to_string_lossy().into_owned());
    run("wasm-opt", &["-Oz", "--strip-debug", "--strip-producers", &from, "-o", &to], &site.source).map(drop)
}

// Both programs come from one crate, so wasm-bindgen gives their JS snippets
// the same paths, and Trunk has written the whole app's already.
fn copy_snippets(from: &Path, to: &Path) -> Result<(), String> {
    if !from.exists() {
        return Ok(());
    }
    for file in site::files_under(from)? {
        let (source, target) = (from.join(&file), to.join(&file));
        let bytes = site::read(&source)?;
        if !target.exists() {
            site::write(&target, bytes)?;
        } else if site::read(&target)? != bytes {
            return Err(format!("{} differs between the two programs", target.display()));
        }
    }
    Ok(())
}

fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        count => Err(format!("the chunk loader names {from} {count} times, not once")),
    }
}

/// A folder of its own for one split's work, removed however the split ends.
struct WorkFolder(PathBuf);

impl WorkFolder {
    fn new(stem: &str) -> Result<Self, String> {
        let path = std::env::temp_dir().join(format!("senda-build-{stem}-{}", std::process::id()));
        // A folder left by an earlier build under the same process id would
        // mix its files into this split's.
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir(&path).map_err(|error| format!("{}: {error}", path.display()))?;
        Ok(Self(path))
    }
}

impl Drop for WorkFolder {
    fn drop(&mut self) {
        // Only a temporary folder: a leftover harms nothing.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    /// The version Cargo.lock pins for `package`.
    fn locked(package: &str) -> Option<&'static str> {
        let lock = include_str!("../../../Cargo.lock");
        let entry = lock.split("[[package]]").find(|entry| entry.contains(&format!("name = \"{package}\"\n")))?;
        entry.lines().find_map(|line| line.strip_prefix("version = \"")?.strip_suffix('"'))
    }

    #[test]
    fn the_split_library_writes_the_loader_the_app_s_runtime_reads() {
        // The library writes the chunk loader, wasm_split_helpers (in the
        // app, through Leptos) calls it: a 0.x release may change that
        // contract, so both must come from the same 0.x series.
        let series = |package| locked(package).and_then(|version| version.rsplit_once('.')).map(|(series, _)| series);
        let library = series("wasm_split_cli_support");
        assert!(library.is_some(), "Cargo.lock has no wasm_split_cli_support");
        assert_eq!(library, series("wasm_split_helpers"), "upgrade both together");
        assert_eq!(library, series("wasm_split_macros"), "upgrade both together");
    }
}
