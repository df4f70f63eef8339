//! Where the build reads and writes: what Trunk tells its hook in the
//! environment, and file access that names the file in every error.
use std::path::{Path, PathBuf};

pub struct Site {
    /// Trunk's staging folder, which becomes dist/.
    pub staging: PathBuf,
    /// The repository (Trunk's source folder).
    pub source: PathBuf,
    pub release: bool,
    /// What Trunk put before every link of index.html: "./" by default
    /// (Trunk.toml), or what `--public-url` said ("/senda/").
    pub public_url: String,
    target: PathBuf,
}

impl Site {
    pub fn from_trunk() -> Result<Self, String> {
        let staging = std::env::var_os("TRUNK_STAGING_DIR")
            .ok_or("TRUNK_STAGING_DIR is not set: Trunk's post_build hook runs this (Trunk.toml)")?;
        let source = PathBuf::from(std::env::var_os("TRUNK_SOURCE_DIR").unwrap_or_else(|| ".".into()));
        let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| source.join("target"), PathBuf::from);
        Ok(Self {
            staging: staging.into(),
            release: std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release"),
            public_url: std::env::var("TRUNK_PUBLIC_URL").ok().filter(|url| !url.is_empty()).unwrap_or("./".into()),
            source,
            target,
        })
    }

    /// The wasm the linker wrote for `binary`, before any of the build's steps.
    pub fn linked_wasm(&self, binary: &str) -> PathBuf {
        let profile = if self.release { "release" } else { "debug" };
        self.target.join("wasm32-unknown-unknown").join(profile).join(format!("{binary}.wasm"))
    }

    /// A built file's address as the page names it.
    pub fn url(&self, file: &str) -> String {
        format!("{}{file}", self.public_url)
    }
}

pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))
}

pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}

pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|error| format!("{}: {error}", folder.display()))?;
    }
    std::fs::write(path, bytes).map_err(|error| format!("{}: {error}", path.display()))
}

/// Every file under `folder`, as '/'-separated paths relative to it, in
/// name order folder by folder.
pub fn files_under(folder: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    walk(folder, "", &mut files)?;
    Ok(files)
}

fn walk(folder: &Path, prefix: &str, files: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(folder).map_err(|error| format!("{}: {error}", folder.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| format!("{}: {error}", folder.display()))?;
        let name =
            entry.file_name().into_string().map_err(|name| format!("{}: {name:?} is not UTF-8", folder.display()))?;
        names.push((name, entry.path().is_dir()));
    }
    names.sort();
    for (name, is_folder) in names {
        let relative = format!("{prefix}{name}");
        if is_folder {
            walk(&folder.join(&name), &format!("{relative}/"), files)?;
        } else {
            files.push(relative);
        }
    }
    Ok(())
}
