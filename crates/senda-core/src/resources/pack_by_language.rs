//! The built-in pack as one language reads it. The build writes one file per
//! language of the guide (`resources/default/ro.json`…) from
//! `resources/default.json`, so a mentee's phone downloads the texts the
//! guide shows her, in her language and the fallback where hers is missing,
//! not six other languages she does not read.
use super::resource_pack::Pack;
use super::translated::{Translated, shown_code};
use crate::language::Language;

/// The whole pack, with every language: kept beside the cut files as the
/// organisation's source and as the fallback when they are missing.
pub const WHOLE: &str = "resources/default.json";

/// The folder of the files per language, which the page's first script
/// preloads from and the service worker keeps only once read.
pub const FOLDER: &str = "resources/default/";

/// Where the build writes `language`'s file.
pub fn path(language: Language) -> String {
    format!("{FOLDER}{}.json", language.code())
}

/// A place the built-in pack can be read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub path: String,
    /// Shows the guide in the language asked for (else in another one).
    pub in_her_language: bool,
}

/// Where to read the built-in pack, best first: her language's file; the
/// whole pack, for a deployment that replaced it and removed the cut files
/// (docs/deploy.md) or a host that answers a missing file with a page;
/// then any other language's file this phone kept, so that offline she
/// has a guide rather than none.
pub fn sources(language: Language) -> Vec<Source> {
    let hers = [path(language), WHOLE.to_owned()].map(|path| Source { path, in_her_language: true });
    let others = Language::ALL
        .into_iter()
        .filter(|other| *other != language)
        .map(|other| Source { path: path(other), in_her_language: false });
    hers.into_iter().chain(others).collect()
}

/// `pack` with each translated text cut to the one `translated::pick` shows
/// in `language`, so that the guide reads exactly as from the whole pack,
/// and without the notes only the pack's maintainers read (why a source
/// holds, which facts it states), which stay in the whole file.
pub fn for_language(mut pack: Pack, language: Language) -> Pack {
    for organization in &mut pack.organizations {
        keep_shown(&mut organization.description, language);
    }
    for service in &mut pack.services {
        service.translated_texts_mut().for_each(|text| keep_shown(text, language));
        service.source_note = None;
        for source in &mut service.more_sources {
            source.states.clear();
            source.note = None;
        }
    }
    pack
}

fn keep_shown(text: &mut Translated, language: Language) {
    let shown = shown_code(text, language.code()).map(str::to_owned);
    text.retain(|code, _| Some(code) == shown.as_ref());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::resource_pack::{self, tests::DEFAULT_PACK};
    use crate::resources::translated::pick;

    fn whole() -> Pack {
        resource_pack::read(DEFAULT_PACK).unwrap()
    }

    #[test]
    fn every_text_reads_as_from_the_whole_pack() {
        for language in Language::ALL {
            let cut = for_language(whole(), language);
            for (service, full) in cut.services.iter().zip(whole().services) {
                for (text, full_text) in service.translated_texts().zip(full.translated_texts()) {
                    assert_eq!(pick(text, language.code()), pick(full_text, language.code()), "{}", service.id);
                }
            }
        }
    }

    #[test]
    fn a_language_file_holds_no_other_language() {
        for language in Language::ALL {
            let cut = for_language(whole(), language);
            let codes: Vec<&String> =
                cut.services.iter().flat_map(|s| s.translated_texts()).flat_map(|t| t.keys()).collect();
            assert!(!codes.is_empty());
            // The default pack is whole in every guide language, so no fallback is needed.
            assert!(codes.iter().all(|code| *code == language.code()), "{language:?}: {codes:?}");
        }
    }

    #[test]
    fn a_text_missing_in_her_language_keeps_the_fallback_alone() {
        let mut pack = whole();
        pack.services[0].name.remove("ro");
        let english = pack.services[0].name["en"].clone();
        let cut = for_language(pack, Language::Ro);
        assert_eq!(cut.services[0].name, Translated::from([("en".to_owned(), english)]));
    }

    #[test]
    fn her_language_first_then_the_whole_pack_then_any_other_kept() {
        let sources = sources(Language::Ro);
        let paths: Vec<&str> = sources.iter().map(|source| source.path.as_str()).collect();
        assert_eq!(paths[..3], ["resources/default/ro.json", WHOLE, "resources/default/en.json"]);
        assert_eq!(paths.len(), 1 + Language::ALL.len());
        assert!(sources.iter().take(2).all(|source| source.in_her_language));
        assert!(sources.iter().skip(2).all(|source| !source.in_her_language && !source.path.ends_with("/ro.json")));
    }

    #[test]
    fn a_cut_pack_is_still_a_valid_pack_and_much_smaller() {
        for language in Language::ALL {
            let text = serde_json::to_string(&for_language(whole(), language)).unwrap();
            assert!(resource_pack::read(&text).is_ok(), "{language:?}");
            assert!(text.len() * 4 < DEFAULT_PACK.len(), "{language:?}: {} of {}", text.len(), DEFAULT_PACK.len());
        }
    }
}
