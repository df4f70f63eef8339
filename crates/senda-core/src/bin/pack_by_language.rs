//! A build step (run by tools/post-build.mjs): reads the built-in pack and
//! writes beside it one file per language of the guide
//! (`resources::pack_by_language`). A built-in pack that fails its checks
//! fails the build, instead of a guide that cannot load.
use std::path::Path;
use std::process::ExitCode;

use senda_core::language::Language;
use senda_core::resources::pack_by_language::{WHOLE, for_language, path};
use senda_core::resources::resource_pack;

fn main() -> ExitCode {
    let Some(site) = std::env::args().nth(1) else {
        eprintln!("usage: pack_by_language <built site folder>");
        return ExitCode::FAILURE;
    };
    match write_all(Path::new(&site)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("pack_by_language: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn write_all(site: &Path) -> Result<(), String> {
    let whole = site.join(WHOLE);
    let text = std::fs::read_to_string(&whole).map_err(|error| format!("{}: {error}", whole.display()))?;
    let pack = resource_pack::read(&text).map_err(|problems| {
        let named: Vec<String> =
            problems.iter().map(|problem| format!("{} ({:?})", problem.place(), problem.kind)).collect();
        format!("{WHOLE} fails its checks: {}", named.join("; "))
    })?;
    for language in Language::ALL {
        let target = site.join(path(language));
        let cut = serde_json::to_string(&for_language(pack.clone(), language)).map_err(|error| error.to_string())?;
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder).map_err(|error| format!("{}: {error}", folder.display()))?;
        }
        std::fs::write(&target, cut).map_err(|error| format!("{}: {error}", target.display()))?;
    }
    Ok(())
}
