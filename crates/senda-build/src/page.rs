//! Writes index.html's head: the page's first script, which picks the
//! program the address starts and preloads that program's files, and a CSP
//! that names each inline script by its hash, since it allows no
//! 'unsafe-inline'.
//!
//! Two programs, one page: the address says which starts (the rules'
//! `opens_guide_build`). The first script's code is first_screen.js; the
//! build passes it this build's data (file names, integrity hashes, the
//! rules' tables) as its one argument, so no code is assembled from text.
use std::collections::BTreeMap;

use senda_core::language::Language;
use senda_core::organisation::org_config::{DEFAULT_PACKS, FILE as SETTINGS_FILE};
use senda_core::resources::pack_by_language::FOLDER as PACK_FOLDER;
use senda_core::screen_chunk::{GUIDE_BUILD_SEGMENT, first_segment_table};
use serde_json::{Value, json};

use crate::digest::{sha256_base64, sha384_base64};
use crate::site::{self, Site};
use crate::split::Program;

/// What the page's first script does with the build's data, kept out of the
/// page's bytes as comments would not be: it reads the address's first part
/// (`#/guide/…` is the guide's program, anything else the whole app's), sets
/// `self.sendaProgram` for the loader, then preloads that program's files;
/// the chunk of the screen the address opens (for a guide link to one
/// service, the chunk of a service's page); the organisation's settings;
/// and, where the screen shows them, the packs and the guide's strings in
/// the language the app will show. A table lookup takes own keys only, so
/// an address like `#/constructor` finds nothing rather than a prototype's.
const FIRST_SCREEN: &str = include_str!("first_screen.js");
const CHARSET: &str = "<meta charset=\"utf-8\">";

/// Answers how many inline scripts the CSP names.
pub fn write_page(site: &Site, whole: &Program, guide: &Program, string_files: &[String]) -> Result<usize, String> {
    let index = site.staging.join("index.html");
    let html = site::read_text(&index)?;
    check_trunk_output(site, &html)?;
    let first_script = format!("({})({});", FIRST_SCREEN.trim(), first_screen_data(site, whole, guide, string_files)?);
    let inline: Vec<&str> = std::iter::once(first_script.as_str()).chain(inline_scripts(&html)).collect();
    let hashes: Vec<String> = inline.iter().map(|script| script_hash(script)).collect();
    let csp = [
        "default-src 'none'",
        &format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    .join("; ");
    if html.matches(CHARSET).count() != 1 {
        return Err(format!("index.html must have one {CHARSET}, for the CSP to follow at once"));
    }
    // The CSP first, so it covers every script; the build date is the one
    // the About screen shows.
    let head = format!(
        "{CHARSET}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n  <meta name=\"senda-build-date\" content=\"{}\">\n  <script>{first_script}</script>",
        build_date()?
    );
    site::write(&index, html.replacen(CHARSET, &head, 1))?;
    Ok(inline.len())
}

/// A script's source as the CSP names it. The browser reads the page's line
/// ends as \n before it hashes a script, so a checkout with Windows line
/// ends must hash the same.
fn script_hash(script: &str) -> String {
    format!("'sha256-{}'", sha256_base64(script.replace("\r\n", "\n").replace('\r', "\n").as_bytes()))
}

fn first_screen_data(site: &Site, whole: &Program, guide: &Program, string_files: &[String]) -> Result<String, String> {
    let program_of = |program: &Program| -> Result<Value, String> {
        let mut preload = Vec::new();
        for file in [&program.main_js, &program.chunk_loader] {
            preload
                .push(json!({ "rel": "modulepreload", "href": site.url(file), "integrity": integrity(site, file)? }));
        }
        preload.push(json!({
            "rel": "preload", "as": "fetch", "type": "application/wasm",
            "href": site.url(&program.main_wasm), "integrity": integrity(site, &program.main_wasm)?,
        }));
        Ok(json!({ "js": site.url(&program.main_js), "wasm": site.url(&program.main_wasm), "preload": preload }))
    };
    let mut guide_program = program_of(guide)?;
    let service = guide.sections.get("guide_service").ok_or("the guide has no guide_service chunk")?;
    guide_program["service"] = json!(service.iter().map(|file| site.url(file)).collect::<Vec<_>>());
    // On a device that keeps the whole app and not the guide's program.
    guide_program["otherwise"] = json!({ "js": site.url(&whole.main_js), "wasm": site.url(&whole.main_wasm) });

    // The chunk of the screen the address opens starts downloading while
    // the main wasm does, instead of once the main wasm runs: on a slow link
    // that is a whole round trip and more off the first screen. Which chunk
    // comes from the rules (`ScreenChunk`), its files from the split; an
    // address they do not know preloads nothing, and the app fetches what
    // it needs as before.
    let section_of: BTreeMap<&str, &str> = first_segment_table().into_iter().collect();
    for section in section_of.values() {
        if !whole.sections.contains_key(*section) {
            return Err(format!("the rules name a chunk \"{section}\" that the split did not make"));
        }
    }
    let files: BTreeMap<&String, Vec<String>> = whole
        .sections
        .iter()
        .map(|(section, files)| (section, files.iter().map(|file| site.url(file)).collect()))
        .collect();
    // The files the app reads at start are asked for the same way: the
    // organisation's settings on every screen, and the built-in pack on the
    // guide's (src/platform/fetch_text.rs reads them; the app's own request
    // takes the preloaded answer, e2e/first-download.test.mjs checks it). The
    // organisation's pack is the one its settings name by default; settings
    // that list others cost this one small request and nothing else. The
    // built-in pack comes in the language the app will show: the one she
    // chose, else the first of her phone's that Senda speaks. Neither: the
    // organisation's settings may name it, and the app asks once they are read.
    let guide_data: Vec<String> = DEFAULT_PACKS.iter().map(|pack| site.url(pack)).collect();
    let string_languages: Vec<&str> =
        string_files.iter().filter_map(|file| file.strip_prefix("strings/")?.strip_suffix(".json")).collect();
    let data = json!({
        "programs": { "whole": program_of(whole)?, "guide": guide_program },
        "sectionOf": section_of,
        "files": files,
        "data": { "resources": guide_data, "guide": guide_data },
        "guideSegment": GUIDE_BUILD_SEGMENT,
        "config": site.url(SETTINGS_FILE),
        "packLanguages": Language::ALL.map(Language::code),
        "packFolder": site.url(PACK_FOLDER),
        // The guide's strings in her language; English's come with its program.
        "stringLanguages": string_languages,
        "stringsFolder": site.url("strings/"),
    });
    // Valid JSON still, and no file name can end the script early.
    Ok(data.to_string().replace("</", "<\\/"))
}

fn integrity(site: &Site, file: &str) -> Result<String, String> {
    Ok(format!("sha384-{}", sha384_base64(&site::read(&site.staging.join(file))?)))
}

/// Trunk writes no preload and, for its loader, Senda's own
/// (src/js/start_program.html, by Trunk.toml's patterns), which starts the
/// program the first script chooses. What Trunk does write with a hash,
/// the stylesheets, the split has not touched; a hash that no longer
/// matches would stop the page from loading at all.
fn check_trunk_output(site: &Site, html: &str) -> Result<(), String> {
    if !html.contains("self.sendaProgram") {
        return Err("the page has no loader that starts self.sendaProgram (Trunk.toml pattern_script)".into());
    }
    for tag in tags(html, "link") {
        if matches!(attribute(tag, "rel"), Some("preload" | "modulepreload")) {
            return Err("Trunk wrote preloads; Trunk.toml must say pattern_preload = \"\"".into());
        }
        if let (Some(href), Some(hash)) = (attribute(tag, "href"), attribute(tag, "integrity")) {
            let file = href
                .strip_prefix(site.public_url.as_str())
                .ok_or_else(|| format!("{href} is not under {}", site.public_url))?;
            if integrity(site, file)? != hash {
                return Err(format!("{href}'s integrity is not its bytes"));
            }
        }
    }
    Ok(())
}

/// The opening tags named `name`, each without its `<` and `>`.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    html.match_indices(&format!("<{name}"))
        .filter_map(|(at, _)| {
            let rest = &html[at + 1..];
            let after_name = rest.as_bytes().get(name.len()).copied();
            matches!(after_name, Some(b' ' | b'>' | b'\n')).then(|| &rest[..rest.find('>').unwrap_or(rest.len())])
        })
        .collect()
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[start..].find('"').map(|end| &tag[start..start + end])
}

/// The text of every script without a `src`, as the CSP hashes it.
fn inline_scripts(html: &str) -> Vec<&str> {
    html.match_indices("<script")
        .filter_map(|(at, _)| {
            let open_end = at + html[at..].find('>')?;
            let close = open_end + html[open_end..].find("</script>")?;
            (!html[at..open_end].contains(" src=")).then(|| &html[open_end + 1..close])
        })
        .collect()
}

fn build_date() -> Result<String, String> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|error| error.to_string())?
        .as_secs();
    let now = chrono::DateTime::from_timestamp(i64::try_from(seconds).map_err(|error| error.to_string())?, 0)
        .ok_or("the clock is out of chrono's range")?;
    Ok(now.date_naive().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csp_hashes_every_inline_script_and_no_script_file() {
        let html =
            "<head><script type=\"module\">start()</script><script src=\"a.js\"></script>\n<script>b()</script></head>";
        assert_eq!(inline_scripts(html), ["start()", "b()"]);
    }

    #[test]
    fn a_script_with_windows_line_ends_has_the_hash_the_browser_computes() {
        assert_eq!(script_hash("start();\r\nmore();\r"), script_hash("start();\nmore();\n"));
        assert_ne!(script_hash("start();"), script_hash("start ();"));
    }

    #[test]
    fn a_link_s_attributes_are_read_by_name() {
        let html = "<link rel=\"stylesheet\" href=\"./base-1.css\" integrity=\"sha384-x\"><linkage><link rel=\"icon\" href=\"i.svg\">";
        let links = tags(html, "link");
        assert_eq!(links.len(), 2, "{links:?}");
        assert_eq!(attribute(links[0], "integrity"), Some("sha384-x"));
        assert_eq!(attribute(links[0], "href"), Some("./base-1.css"));
        assert_eq!(attribute(links[1], "integrity"), None);
    }
}
