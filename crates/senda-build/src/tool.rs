//! The outside tools the build runs: cargo, wasm-bindgen, wasm-opt.
use std::path::Path;
use std::process::Command;

/// What `cargo run` sets for the program it runs that build scripts may
/// watch, besides `CARGO_PKG_*` (OUT_DIR, should this package ever have a
/// build script of its own).
const RUN_VARIABLES: [&str; 3] = ["CARGO_MANIFEST_DIR", "CARGO_MANIFEST_PATH", "OUT_DIR"];

/// Runs `command` in `folder` and answers what it printed. Quiet unless it
/// fails (wasm-opt warns about every chunk's name section); then its
/// standard error is passed on.
pub fn run(command: &str, args: &[&str], folder: &Path) -> Result<String, String> {
    let mut tool = Command::new(command);
    // `cargo run` gave this program its package's variables; passed on to
    // the guide's cargo build, they reach build scripts that watch them
    // (ring's watches CARGO_MANIFEST_DIR), and every later build of the
    // whole app built its build dependencies again: a minute each.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("CARGO_PKG_") || RUN_VARIABLES.contains(&name.as_ref()) {
            tool.env_remove(name.as_ref());
        }
    }
    let output =
        tool.args(args).current_dir(folder).output().map_err(|error| format!("{command} could not start: {error}"))?;
    if !output.status.success() {
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
        return Err(format!("{command} {} failed ({})", args.join(" "), output.status));
    }
    String::from_utf8(output.stdout).map_err(|_| format!("{command} printed something that is not UTF-8"))
}
