//! What the rules give the build (senda-core), read from the crate instead
//! of copied: the built-in pack cut to each language, written into the
//! site. A built-in pack that fails its checks fails the build, instead of
//! a guide that cannot load.
use senda_core::language::Language;
use senda_core::resources::pack_by_language::{WHOLE, for_language, path};
use senda_core::resources::resource_pack;

use crate::site::{self, Site};

pub fn write_packs(site: &Site) -> Result<(), String> {
    let text = site::read_text(&site.staging.join(WHOLE))?;
    let pack = resource_pack::read(&text).map_err(|problems| {
        let named: Vec<String> =
            problems.iter().map(|problem| format!("{} ({:?})", problem.place(), problem.kind)).collect();
        format!("{WHOLE} fails its checks: {}", named.join("; "))
    })?;
    for language in Language::ALL {
        let cut = serde_json::to_string(&for_language(pack.clone(), language)).map_err(|error| error.to_string())?;
        site::write(&site.staging.join(path(language)), cut)?;
    }
    Ok(())
}
