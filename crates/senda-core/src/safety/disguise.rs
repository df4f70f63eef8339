//! The name and icon Senda shows on the phone. Installed, an app keeps the
//! name, icon and colour its manifest gave it, and a web app cannot rename
//! itself afterwards; so before installing she (or her organisation) can
//! choose an ordinary one, and the page's title, the manifest and the theme
//! colour all follow it. The build writes one manifest per choice and
//! language (crates/senda-build/src/manifests.rs, from `ALL`, `theme_colour` and
//! `manifest`).
use serde::{Deserialize, Serialize};

/// Kept in the organisation's stored settings by its id (`id`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Disguise {
    #[default]
    Senda,
    Notes,
    Calendar,
    Recipes,
}

/// The languages the build writes manifests in.
pub const MANIFEST_LANGUAGES: [&str; 3] = ["en", "es", "ca"];

impl Disguise {
    pub const ALL: [Disguise; 4] = [Disguise::Senda, Disguise::Notes, Disguise::Calendar, Disguise::Recipes];

    /// As stored and as named in file names.
    pub fn id(self) -> &'static str {
        match self {
            Disguise::Senda => "senda",
            Disguise::Notes => "notes",
            Disguise::Calendar => "calendar",
            Disguise::Recipes => "recipes",
        }
    }

    pub fn parse(id: &str) -> Option<Disguise> {
        Disguise::ALL.into_iter().find(|disguise| disguise.id() == id)
    }

    /// The manifest to link for a page shown in `language`.
    pub fn manifest(self, language: &str) -> String {
        let language = MANIFEST_LANGUAGES.into_iter().find(|known| *known == language).unwrap_or("en");
        match self {
            Disguise::Senda => "manifest.webmanifest".to_owned(),
            disguise => format!("manifest-{}-{language}.webmanifest", disguise.id()),
        }
    }

    /// The icon for the tab and the one the Home Screen takes.
    pub fn icons(self) -> (&'static str, &'static str) {
        match self {
            Disguise::Senda => ("icons/icon.svg", "icons/icon-192.png"),
            Disguise::Notes => ("icons/notes.svg", "icons/notes-192.png"),
            Disguise::Calendar => ("icons/calendar.svg", "icons/calendar-192.png"),
            Disguise::Recipes => ("icons/recipes.svg", "icons/recipes-192.png"),
        }
    }

    /// The colour of the browser's bar and the installed app's frame: each
    /// icon's own, so nothing is left in Senda's purple.
    pub fn theme_colour(self) -> &'static str {
        match self {
            Disguise::Senda => "#6b3fa0",
            Disguise::Notes => "#e0a800",
            Disguise::Calendar => "#2563a8",
            Disguise::Recipes => "#2e7d4f",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_its_own_manifest_icon_and_colour() {
        for disguise in Disguise::ALL {
            assert_eq!(Disguise::parse(disguise.id()), Some(disguise));
            if disguise != Disguise::Senda {
                for part in [disguise.manifest("es"), disguise.icons().0.to_owned(), disguise.icons().1.to_owned()] {
                    assert!(part.contains(disguise.id()) && !part.contains("senda"), "{part}");
                }
                assert_ne!(disguise.theme_colour(), Disguise::Senda.theme_colour());
            }
        }
        assert_eq!(Disguise::Notes.manifest("ar"), "manifest-notes-en.webmanifest", "a language without one");
        assert_eq!(Disguise::parse("senda-but-not"), None);
    }

    #[test]
    fn senda_s_own_manifest_is_in_the_colour_the_page_uses() {
        assert!(include_str!("../../../../public/manifest.webmanifest").contains(Disguise::Senda.theme_colour()));
    }
}
