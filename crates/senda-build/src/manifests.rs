//! One manifest per neutral name and language (`Disguise`,
//! crates/senda-core/src/safety/disguise.rs): what an installed app shows
//! must say nothing of Senda, and the names come from the locale files
//! like every other word.
use senda_core::safety::disguise::{Disguise, MANIFEST_LANGUAGES};
use serde::Serialize;
use serde_json::Value;

use crate::site::{self, Site};

/// Answers how many it wrote.
pub fn write_manifests(site: &Site) -> Result<usize, String> {
    let mut written = 0;
    for language in MANIFEST_LANGUAGES {
        let words: Value =
            serde_json::from_str(&site::read_text(&site.source.join(format!("locales/{language}.json")))?)
                .map_err(|error| format!("locales/{language}.json: {error}"))?;
        for disguise in Disguise::ALL.into_iter().filter(|disguise| *disguise != Disguise::Senda) {
            let id = disguise.id();
            let name = words
                .get(format!("disguise_{id}"))
                .and_then(Value::as_str)
                .filter(|name| !name.trim().is_empty())
                .ok_or_else(|| format!("no disguise_{id} in locales/{language}.json"))?;
            let icon = |src: String, sizes, kind| Icon { src, sizes, kind, purpose: "any" };
            let manifest = Manifest {
                name,
                short_name: name,
                lang: language,
                start_url: "./",
                scope: "./",
                id: "./",
                display: "standalone",
                orientation: "any",
                background_color: "#ffffff",
                theme_color: disguise.theme_colour(),
                icons: [
                    icon(format!("icons/{id}-192.png"), "192x192", "image/png"),
                    icon(format!("icons/{id}-512.png"), "512x512", "image/png"),
                    icon(format!("icons/{id}.svg"), "any", "image/svg+xml"),
                ],
            };
            let text = serde_json::to_string_pretty(&manifest).map_err(|error| error.to_string())?;
            site::write(&site.staging.join(disguise.manifest(language)), format!("{text}\n"))?;
            written += 1;
        }
    }
    Ok(written)
}

/// A web app manifest; a struct, so its members keep this order.
#[derive(Serialize)]
struct Manifest<'a> {
    name: &'a str,
    short_name: &'a str,
    lang: &'a str,
    start_url: &'a str,
    scope: &'a str,
    id: &'a str,
    display: &'a str,
    orientation: &'a str,
    background_color: &'a str,
    theme_color: &'a str,
    icons: [Icon<'a>; 3],
}

#[derive(Serialize)]
struct Icon<'a> {
    src: String,
    sizes: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    purpose: &'a str,
}
