//! The repository's own files, for the tests that read the code and the
//! map rather than run them.
use std::path::{Path, PathBuf};

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every file under `folder` that is not built or installed (`target`,
/// `node_modules`, `.git`, the `dist*` builds).
pub fn files(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !path.is_dir() {
                found.push(path);
            } else if !["target", "node_modules", ".git"].contains(&name.as_str()) && !name.starts_with("dist") {
                folders.push(path);
            }
        }
    }
    found
}

/// The Rust files under `folder`.
pub fn rust_files(folder: &Path) -> Vec<PathBuf> {
    files(folder).into_iter().filter(|path| path.extension().is_some_and(|end| end == "rs")).collect()
}
