//! The service worker's data (public/sw.js reads it as `self.SENDA_BUILD`,
//! e2e/support.mjs `workerBuild` reads it back): this build's version, the
//! files each kind of device keeps, and the SHA-256 of every file the
//! worker may serve from its cache.
use std::collections::BTreeSet;

use senda_core::resources::pack_by_language::{FOLDER as PACK_FOLDER, WHOLE as WHOLE_PACK};
use serde_json::json;

use sha2::{Digest, Sha256};

use crate::digest::{sha256_hex, short};
use crate::site::{self, Site};
use crate::split::Program;

pub struct Kept {
    pub precache: usize,
    pub guide_only: usize,
    pub mentor_only: usize,
    pub on_demand: usize,
}

/// Writes the data as the first line of sw.js, whose code reads it.
pub fn write_worker_data(
    site: &Site,
    whole: &Program,
    guide: &Program,
    string_files: &[String],
) -> Result<Kept, String> {
    let cached: Vec<String> = site::files_under(&site.staging)?.into_iter().filter(|file| file != "sw.js").collect();
    // Each file read once: into the build's version, and, but for the data
    // files, which the organisation edits after the build and the app checks
    // as data, into the hashes the worker serves by. The guide's strings are
    // the build's own, JSON though they are: hashed, they are served as code is.
    let mut version = Sha256::new();
    let mut hashes = serde_json::Map::new();
    for file in &cached {
        let bytes = site::read(&site.staging.join(file))?;
        version.update(file.as_bytes());
        version.update(&bytes);
        if !file.ends_with(".json") || string_files.contains(file) {
            hashes.insert(format!("./{file}"), sha256_hex(&bytes).into());
        }
    }

    // The passphrase strength estimate (src/vault/passphrase_strength_hint.rs)
    // is mostly word lists: no device keeps it ahead, the worker keeps it
    // once she has typed a new passphrase and it was fetched.
    let other_code: BTreeSet<&String> = whole
        .sections
        .iter()
        .filter(|(section, _)| *section != "passphrase_strength")
        .flat_map(|(_, files)| files)
        .collect();
    let on_demand: BTreeSet<&String> = whole
        .sections
        .get("passphrase_strength")
        .into_iter()
        .flatten()
        .filter(|file| !other_code.contains(file))
        .collect();
    if !on_demand.iter().any(|file| file.starts_with("senda-split-passphrase-strength-")) {
        return Err("the strength estimate has no chunk of its own".into());
    }
    // A shared guide link's device keeps the guide's own program, never the
    // whole app's code, nor the checklist (public/sw.js).
    let whole_app = whole.files();
    let mentor_only: Vec<&String> = cached
        .iter()
        .filter(|file| !on_demand.contains(file) && (whole_app.contains(*file) || file.starts_with("checklist/")))
        .collect();
    if !mentor_only.iter().any(|file| file.starts_with("senda-split-journal-")) {
        return Err("the journal chunk is not among the mentor-only files".into());
    }
    let guide_program: BTreeSet<String> = guide.files().into_iter().chain(string_files.iter().cloned()).collect();
    let guide_only: Vec<&String> = cached.iter().filter(|file| guide_program.contains(*file)).collect();
    if guide_only.len() != guide_program.len() {
        return Err("a file of the guide's program is not in the build".into());
    }
    // The built-in pack is kept in her language only, once the app has read
    // it (`keep_offline`, src/platform/service_worker.rs); the whole pack is
    // only a deployment's fallback.
    let built_in_pack = |file: &str| file == WHOLE_PACK || file.starts_with(PACK_FOLDER);
    let precache: Vec<String> = std::iter::once("./".to_owned())
        .chain(
            cached
                .iter()
                .filter(|file| {
                    !mentor_only.contains(file)
                        && !guide_program.contains(*file)
                        && !on_demand.contains(file)
                        && !built_in_pack(file)
                })
                .map(|file| format!("./{file}")),
        )
        .collect();

    if !hashes.contains_key("./index.html") {
        return Err("index.html is not among the hashed files".into());
    }

    let sw = site.staging.join("sw.js");
    let worker = site::read_text(&sw)?;
    if !worker.contains("} = self.SENDA_BUILD;") {
        return Err("sw.js does not read self.SENDA_BUILD".into());
    }
    let dotted = |files: &[&String]| files.iter().map(|file| format!("./{file}")).collect::<Vec<_>>();
    let build = json!({
        "version": short(&version.finalize()),
        "precache": precache,
        "guideOnly": dotted(&guide_only),
        "mentorOnly": dotted(&mentor_only),
        "hashes": hashes,
    });
    site::write(&sw, format!("self.SENDA_BUILD = {build};\n{worker}"))?;
    Ok(Kept {
        precache: precache.len(),
        guide_only: guide_only.len(),
        mentor_only: mentor_only.len(),
        on_demand: on_demand.len(),
    })
}
