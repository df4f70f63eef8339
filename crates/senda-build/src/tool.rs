//! The outside tools the build runs: cargo, wasm-bindgen, wasm-opt.
use std::path::Path;
use std::process::Command;

/// Runs `command` in `folder` and answers what it printed. Quiet unless it
/// fails (wasm-opt warns about every chunk's name section); then its
/// standard error is passed on.
pub fn run(command: &str, args: &[&str], folder: &Path) -> Result<String, String> {
    let output = Command::new(command)
        .args(args)
        .current_dir(folder)
        .output()
        .map_err(|error| format!("{command} could not start: {error}"))?;
    if !output.status.success() {
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
        return Err(format!("{command} {} failed ({})", args.join(" "), output.status));
    }
    String::from_utf8(output.stdout).map_err(|_| format!("{command} printed something that is not UTF-8"))
}
