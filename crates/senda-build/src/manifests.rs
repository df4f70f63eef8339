//! One manifest per neutral name and language (`Disguise`,
//! crates/senda-core/src/safety/disguise.rs): what an installed app shows
//! must say nothing of Senda, and the names come from the locale files
//! like every other word.
use senda_core::safety::disguise::{Disguise, MANIFEST_LANGUAGES};
use serde_json::{Value, json};

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
            let manifest = json!({
                "name": name, "short_name": name, "lang": language,
                "start_url": "./", "scope": "./", "id": "./", "display": "standalone", "orientation": "any",
                "background_color": "#ffffff", "theme_color": disguise.theme_colour(),
                "icons": [
                    { "src": format!("icons/{id}-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any" },
                    { "src": format!("icons/{id}-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any" },
                    { "src": format!("icons/{id}.svg"), "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
                ],
            });
            let text = serde_json::to_string_pretty(&manifest).map_err(|error| error.to_string())?;
            site::write(&site.staging.join(disguise.manifest(language)), format!("{text}\n"))?;
            written += 1;
        }
    }
    Ok(written)
}
