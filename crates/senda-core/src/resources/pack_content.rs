//! What Senda asks of the facts a pack tells a survivor, beyond its shape
//! (`resource_pack::check`): the "Call for help now" buttons are help lines,
//! never a police or reporting channel; "confidential" never stands without
//! its limits; every need the guide lists has a service; and every source
//! carries its own date, an old or undated one with a note on why it still
//! holds. The build's own pack must pass all of it (its test below), and
//! `docs/resource-pack.md` offers the same rules to an organisation.
//!
//! These read words, so they catch what a writer forgets, not what a writer
//! hides: the content review stays the proof that a fact is right.
use chrono::{Months, NaiveDate};

use super::category::Category;
use super::resource_pack::{Pack, Service};

/// A source older than this (from the day it was read) needs a note.
pub const SOURCE_AGE_MONTHS: u32 = 36;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentProblem {
    /// A police force's line, or a channel to report a crime, among the
    /// one-tap help buttons: for a woman told that the police will deport
    /// her, that button is a threat.
    PoliceInEmergency { service: String },
    /// "Confidential" in a text that does not say, after it, when the
    /// service does bring in 112 or the police.
    ConfidentialWithoutLimits { service: String, language: String },
    /// A need of the brief with no active service in the guide.
    EmptyCategory(Category),
    /// A source page with no date of its own and no note on why it holds.
    UndatedSource { service: String, url: String },
    /// A source dated more than three years before it was read, with no note.
    OldSource { service: String, url: String, date: String },
    /// A source date that is not "2025-10-13", "2025-10" or "2025", or that
    /// is later than the day the page was read.
    BadSourceDate { service: String, url: String },
}

/// Every content problem of `pack`, service by service, then the categories.
pub fn content_problems(pack: &Pack) -> Vec<ContentProblem> {
    let mut problems = Vec::new();
    for service in &pack.services {
        if service.category() == Some(Category::Emergency) && is_police_or_reporting(pack, service) {
            problems.push(ContentProblem::PoliceInEmergency { service: service.id.clone() });
        }
        for text in service.translated_texts() {
            for (language, words) in text {
                if confidential_without_limits(words, language) {
                    problems.push(ContentProblem::ConfidentialWithoutLimits {
                        service: service.id.clone(),
                        language: language.clone(),
                    });
                }
            }
        }
        source_problems(service, &mut problems);
    }
    for category in Category::ALL {
        let covered = pack.services.iter().any(|s| s.category() == Some(category) && s.is_active());
        if !covered {
            problems.push(ContentProblem::EmptyCategory(category));
        }
    }
    problems
}

/// Words that name a police force, in the languages packs are written in.
const POLICE: [&str; 6] = ["police", "policía", "policia", "mossos", "guardia civil", "guàrdia urbana"];
/// Words that name reporting a crime: "report", "denuncia", "denúncia".
const REPORTING: [&str; 4] = ["report", "denunci", "denúnci", "signaler"];

/// A service of a police force (by its organisation's name or its own), or
/// one named for reporting. 112 sends the police among others, and is not
/// one: its name and organisation say "emergencies".
fn is_police_or_reporting(pack: &Pack, service: &Service) -> bool {
    let organization = pack
        .organizations
        .iter()
        .find(|organization| organization.id == service.organization_id)
        .map(|organization| organization.name.to_lowercase())
        .unwrap_or_default();
    let names: Vec<String> = service.name.values().map(|name| name.to_lowercase()).collect();
    POLICE.iter().any(|word| organization.contains(word) || names.iter().any(|name| name.contains(word)))
        || REPORTING.iter().any(|word| names.iter().any(|name| name.contains(word)))
}

/// The word for "confidential", a condition ("if"), and who may be brought
/// in (112, the police, emergency services), per language; "but" counts as
/// a condition ("confidential, but in the most serious cases they call the
/// police"). A language with
/// no entry is not read by this check.
fn confidentiality_words(language: &str) -> Option<(&'static str, &'static [&'static str], &'static [&'static str])> {
    match language {
        "en" => Some(("confidential", &["if ", "when ", "unless", "but "], &["112", "police", "emergency services"])),
        "es" => {
            Some(("confidencial", &["si ", "cuando", "salvo", "pero ", "excepto"], &["112", "policía", "emergencias"]))
        }
        "ca" => {
            Some(("confidencial", &["si ", "quan", "llevat", "però ", "excepte"], &["112", "policia", "emergències"]))
        }
        _ => None,
    }
}

/// Whether `text` calls something confidential without a sentence, after
/// that word, that says when it is not: a condition and who is called
/// ("If your life is in danger, they can call 112"). Used on the packs, the
/// checklist, the cards and the safety tips alike.
pub fn confidential_without_limits(text: &str, language: &str) -> bool {
    let Some((word, conditions, who)) = confidentiality_words(language) else {
        return false;
    };
    let lower = text.to_lowercase();
    // The adjective only: "confidentiality" names a duty (an interpreter's),
    // not a promise the service makes.
    let Some(at) = lower
        .match_indices(word)
        .map(|(at, _)| at)
        .find(|&at| !lower[at + word.len()..].chars().next().is_some_and(char::is_alphabetic))
    else {
        return false;
    };
    let after = &lower[at..];
    let is_limit = |sentence: &str| {
        let sentence = format!(" {sentence}");
        conditions.iter().any(|condition| sentence.contains(condition))
            && who.iter().any(|named| sentence.contains(named))
    };
    !after.split(['.', ';', '!', '?']).any(is_limit)
}

/// The first day a source date can mean: "2025" is 2025-01-01, "2025-10"
/// 2025-10-01; None for any other shape.
pub fn source_day(date: &str) -> Option<NaiveDate> {
    match date.len() {
        4 => crate::day::date(&format!("{date}-01-01")),
        7 => crate::day::date(&format!("{date}-01")),
        10 => crate::day::date(date),
        _ => None,
    }
}

fn source_problems(service: &Service, problems: &mut Vec<ContentProblem>) {
    let read = crate::day::date(&service.assured_date);
    let main = (&service.source_url, service.source_date.as_deref(), service.source_note.as_deref());
    let more = service.more_sources.iter().map(|source| (&source.url, source.date.as_deref(), source.note.as_deref()));
    for (url, date, note) in std::iter::once(main).chain(more) {
        let place = || (service.id.clone(), url.clone());
        let has_note = note.is_some_and(|note| !note.trim().is_empty());
        let Some(date) = date else {
            if !has_note {
                let (service, url) = place();
                problems.push(ContentProblem::UndatedSource { service, url });
            }
            continue;
        };
        let Some(day) = source_day(date).filter(|day| read.is_none_or(|read| day <= &read)) else {
            let (service, url) = place();
            problems.push(ContentProblem::BadSourceDate { service, url });
            continue;
        };
        let oldest = read.and_then(|read| read.checked_sub_months(Months::new(SOURCE_AGE_MONTHS)));
        if oldest.is_some_and(|oldest| day < oldest) && !has_note {
            let (service, url) = place();
            problems.push(ContentProblem::OldSource { service, url, date: date.to_owned() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::resource_pack::{read, tests::DEFAULT_PACK};
    use crate::resources::service_status::ServiceStatus;

    fn default_pack() -> Pack {
        read(DEFAULT_PACK).unwrap()
    }

    /// The default pack with one change to the service `id`.
    fn changed(id: &str, change: impl Fn(&mut Service)) -> Pack {
        let mut pack = default_pack();
        let service = pack.services.iter_mut().find(|service| service.id == id).unwrap();
        change(service);
        pack
    }

    /// The guide a mentee trusts: no content problem at all, and enough
    /// services to be the first place a mentor turns to.
    #[test]
    fn the_default_pack_passes_every_content_rule() {
        let pack = default_pack();
        assert_eq!(content_problems(&pack), []);
        assert!(pack.services.len() >= 25, "{} services", pack.services.len());
    }

    #[test]
    fn a_police_or_reporting_line_in_emergency_is_named() {
        let pack = default_pack();
        let legal = pack.services.iter().find(|s| s.category == "legal").unwrap().id.clone();
        let reporting = changed(&legal, |service| {
            service.category = "emergency".into();
            service.name.insert("en".into(), "900 10 50 90 — Report trafficking".into());
        });
        assert!(content_problems(&reporting).contains(&ContentProblem::PoliceInEmergency { service: legal.clone() }));

        let mut police = changed(&legal, |service| {
            service.category = "emergency".into();
            service.organization_id = "police-force".into();
        });
        police.organizations.push(crate::resources::resource_pack::Organization {
            id: "police-force".into(),
            name: "Policía Nacional".into(),
            description: Default::default(),
        });
        assert!(content_problems(&police).contains(&ContentProblem::PoliceInEmergency { service: legal }));
    }

    #[test]
    fn confidential_needs_its_limits_in_the_same_text() {
        assert!(confidential_without_limits("Free and confidential. In danger, call 112.", "en"));
        assert!(confidential_without_limits("Gratuito y confidencial.", "es"));
        assert!(!confidential_without_limits(
            "Confidential. If they think your life is in danger now, they can call emergency services (112).",
            "en"
        ));
        assert!(!confidential_without_limits(
            "Confidencial: si creen que tu vida corre peligro, pueden avisar a emergencias.",
            "es"
        ));
        assert!(!confidential_without_limits(
            "Confidencial. En les situacions més greus, si hi ha perill, contacten amb la policia.",
            "ca"
        ));
        // A limit said before the word does not count: she reads the promise first.
        assert!(confidential_without_limits("If you call 112, say so. It is confidential.", "en"));
        assert!(!confidential_without_limits("Nothing to promise here.", "en"));
        assert!(!confidential_without_limits("An interpreter keeps confidentiality.", "en"));
        assert!(confidential_without_limits("Confidentiality aside, it is confidential.", "en"));

        let pack = changed("line-024", |service| {
            service.description.insert("es".into(), "Gratuito y confidencial.".into());
        });
        assert!(content_problems(&pack).contains(&ContentProblem::ConfidentialWithoutLimits {
            service: "line-024".into(),
            language: "es".into()
        }));
    }

    #[test]
    fn an_empty_need_is_named() {
        let mut pack = default_pack();
        pack.services.retain(|service| service.category != "housing");
        assert_eq!(content_problems(&pack), [ContentProblem::EmptyCategory(Category::Housing)]);

        let mut closed = default_pack();
        for service in closed.services.iter_mut().filter(|service| service.category == "everyday") {
            service.status = ServiceStatus::Inactive.word().into();
        }
        assert_eq!(content_problems(&closed), [ContentProblem::EmptyCategory(Category::Everyday)]);
    }

    #[test]
    fn an_old_or_undated_source_needs_a_note() {
        let id = "emergency-112";
        let url = default_pack().services.iter().find(|s| s.id == id).unwrap().source_url.clone();
        let old = changed(id, |service| {
            service.assured_date = "2026-12-02".into();
            service.source_date = Some("2012-12".into());
            service.source_note = None;
        });
        assert_eq!(
            content_problems(&old),
            [ContentProblem::OldSource { service: id.into(), url: url.clone(), date: "2012-12".into() }]
        );
        let explained = changed(id, |service| {
            service.source_date = Some("2012-12".into());
            service.source_note = Some("The number is set by law; the 2025 page repeats it.".into());
        });
        assert_eq!(content_problems(&explained), []);

        let three_years = changed(id, |service| {
            service.assured_date = "2026-12-02".into();
            service.source_date = Some("2023-12-02".into());
            service.source_note = None;
        });
        assert_eq!(content_problems(&three_years), []);

        let undated = changed(id, |service| {
            service.source_date = None;
            service.source_note = Some(" ".into());
        });
        assert_eq!(
            content_problems(&undated),
            [ContentProblem::UndatedSource { service: id.into(), url: url.clone() }]
        );

        for date in ["2026-13", "26-01-01", "2027", "yesterday"] {
            let bad = changed(id, |service| {
                service.assured_date = "2026-12-02".into();
                service.source_date = Some(date.into());
            });
            assert_eq!(
                content_problems(&bad),
                [ContentProblem::BadSourceDate { service: id.into(), url: url.clone() }],
                "{date}"
            );
        }
    }

    #[test]
    fn a_further_source_is_held_to_the_same_rules() {
        let id = "line-016";
        let pack = changed(id, |service| {
            service.more_sources.push(crate::resources::resource_pack::Source {
                url: "https://example.org/old".into(),
                date: Some("2015".into()),
                states: "the hours".into(),
                note: None,
            });
        });
        assert_eq!(
            content_problems(&pack),
            [ContentProblem::OldSource {
                service: id.into(),
                url: "https://example.org/old".into(),
                date: "2015".into()
            }]
        );
    }

    /// The cards, the safety tips and the checklist say "confidential" too.
    #[test]
    fn no_text_senda_shows_promises_confidentiality_without_its_limits() {
        for (language, file) in [
            ("en", include_str!("../../../../locales/en.json")),
            ("es", include_str!("../../../../locales/es.json")),
            ("ca", include_str!("../../../../locales/ca.json")),
        ] {
            let strings: std::collections::BTreeMap<String, String> = serde_json::from_str(file).unwrap();
            for (key, text) in strings {
                assert!(!confidential_without_limits(&text, language), "{language} {key}: {text}");
            }
        }
        let checklist: serde_json::Value =
            serde_json::from_str(include_str!("../../../../public/checklist/default.json")).unwrap();
        let mut texts = Vec::new();
        collect_strings(&checklist, "", &mut texts);
        for (language, text) in texts {
            assert!(!confidential_without_limits(&text, &language), "checklist {language}: {text}");
        }
    }

    /// Every string of a JSON value with the key it sits under.
    fn collect_strings(value: &serde_json::Value, key: &str, into: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(text) => into.push((key.to_owned(), text.clone())),
            serde_json::Value::Array(items) => items.iter().for_each(|item| collect_strings(item, key, into)),
            serde_json::Value::Object(fields) => {
                fields.iter().for_each(|(field, item)| collect_strings(item, field, into));
            }
            _ => {}
        }
    }
}
