//! Builds a mentee's shared guide as a program of its own (src/guide_main.rs,
//! src/shell/guide_app.rs). Trunk builds one binary per page, so this builds
//! the second: cargo without the whole app's feature (its split points are
//! exports, and an export keeps everything it reaches), then the same split
//! as the whole app's, at the guide's own split points.
use crate::site::{self, Site};
use crate::split::{Program, makers_hash, split_program};
use crate::tool::run;

const BIN: &str = "senda-guide";

pub fn build_guide(site: &Site) -> Result<Program, String> {
    let mut args = vec![
        "build",
        "--offline",
        "--locked",
        "--target",
        "wasm32-unknown-unknown",
        "--bin",
        BIN,
        "--no-default-features",
        "--features",
        "guide-app",
    ];
    if site.release {
        args.push("--release");
    }
    run("cargo", &args, &site.source)?;
    // Named, like its chunk loader, by what makes its files.
    let stem = format!("{BIN}-{}", makers_hash(site, &site::read(&site.linked_wasm(BIN))?)?);
    let guide = split_program(site, BIN, &stem, &format!("{BIN}-"))?;
    if !guide.sections.contains_key("guide_service") {
        return Err("the guide has no guide_service chunk (src/shell/guide_app.rs)".into());
    }
    Ok(guide)
}
