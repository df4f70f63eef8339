//! Builds a mentee's shared guide as a program of its own (src/guide_main.rs,
//! src/shell/guide_app.rs). Trunk builds one binary per page, so this builds
//! the second: cargo without the whole app's feature (its split points are
//! exports, and an export keeps everything it reaches), then the same split
//! as the whole app's, at the guide's own split points.
use crate::site::Site;
use crate::split::{Program, split_program};
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
    split_program(site, BIN, &format!("{BIN}-"))
}
