//! The build's data step (run by tools/post-build.mjs): the rules write
//! what the build needs of them instead of the build copying them.
//! - Beside the built-in pack, one file per language of the guide
//!   (`resources::pack_by_language`). A built-in pack that fails its checks
//!   fails the build, instead of a guide that cannot load.
//! - On standard output, as JSON, the tables the page's first script reads:
//!   the languages of those files, and which chunk each address needs
//!   (`screen_chunk::first_segment_table`), and the first part of the
//!   addresses the guide's own build opens.
use std::path::Path;
use std::process::ExitCode;

use senda_core::language::Language;
use senda_core::resources::pack_by_language::{WHOLE, for_language, path};
use senda_core::resources::resource_pack;
use senda_core::screen_chunk::{GUIDE_BUILD_SEGMENT, first_segment_table};

fn main() -> ExitCode {
    let Some(site) = std::env::args().nth(1) else {
        eprintln!("usage: build_data <built site folder>");
        return ExitCode::FAILURE;
    };
    match write_packs(Path::new(&site)) {
        Ok(()) => {
            let tables = serde_json::json!({
                "packLanguages": Language::ALL.map(Language::code),
                "chunkOfFirstSegment": first_segment_table().into_iter().collect::<std::collections::BTreeMap<_, _>>(),
                "guideBuildSegment": GUIDE_BUILD_SEGMENT,
            });
            println!("{tables}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("build_data: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn write_packs(site: &Path) -> Result<(), String> {
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
