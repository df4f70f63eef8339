//! Senda's build program, which Trunk's post_build hook runs (Trunk.toml)
//! once Trunk has built the whole app and written the page. In order:
//! - cuts the whole app's wasm into chunks (`split`), in place of the
//!   unsplit program Trunk wrote;
//! - builds a mentee's shared guide as a program of its own
//!   (`guide_program`);
//! - writes the built-in pack per language (`pack_files`), the guide's
//!   strings per language (`strings_files`) and the manifests
//!   (`manifests`);
//! - writes the page's first script and CSP (`page`);
//! - and last, when every file is there, the service worker's file list
//!   and hashes (`worker_data`).
//!
//! Everything it writes about the app, it reads from the rules
//! (senda-core) or from the tools' own output, never from a copy.
mod digest;
mod guide_program;
mod manifests;
mod pack_files;
mod page;
mod site;
mod split;
mod strings_files;
mod tool;
mod worker_data;

use std::process::ExitCode;

use site::Site;

fn main() -> ExitCode {
    match build() {
        Ok(summary) => {
            println!("senda-build: {summary}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("senda-build: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn build() -> Result<String, String> {
    let site = Site::from_trunk()?;
    let unsplit = trunk_program(&site)?;
    let whole = split::split_program(&site, "senda", "senda-")?;
    // The page starts the program its first script names (src/js/start_program.html),
    // never Trunk's, which no device should download.
    for file in unsplit.iter().filter(|file| !whole.files().contains(*file)) {
        std::fs::remove_file(site.staging.join(file)).map_err(|error| format!("{file}: {error}"))?;
    }
    let guide = guide_program::build_guide(&site)?;
    pack_files::write_packs(&site)?;
    let string_files = strings_files::write_strings(&site)?;
    let manifests = manifests::write_manifests(&site)?;
    let scripts = page::write_page(&site, &whole, &guide, &string_files)?;
    let kept = worker_data::write_worker_data(&site, &whole, &guide, &string_files)?;
    Ok(format!(
        "the whole app's wasm in {} parts, the guide's in {}; {manifests} manifests; CSP with {scripts} script hash(es); \
         {} files precached, {} more for a guide link, {} for a mentor, {} only when asked for",
        whole.chunk_count() + 1,
        guide.chunk_count() + 1,
        kept.precache,
        kept.guide_only,
        kept.mentor_only,
        kept.on_demand,
    ))
}

/// The JS and wasm Trunk wrote of the whole app, unsplit: `senda-<hash>.js`
/// and `senda-<hash>_bg.wasm`.
fn trunk_program(site: &Site) -> Result<[String; 2], String> {
    let js = site::files_under(&site.staging)?
        .into_iter()
        .find(|file| {
            file.strip_prefix("senda-")
                .and_then(|rest| rest.strip_suffix(".js"))
                .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|byte| byte.is_ascii_hexdigit()))
        })
        .ok_or_else(|| format!("Trunk wrote no senda-<hash>.js in {}", site.staging.display()))?;
    let wasm = format!("{}_bg.wasm", js.trim_end_matches(".js"));
    if !site.staging.join(&wasm).exists() {
        return Err(format!("Trunk wrote {js} without {wasm}"));
    }
    Ok([js, wasm])
}
