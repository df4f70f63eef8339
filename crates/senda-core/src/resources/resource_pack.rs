//! A resource pack: Open Referral HSDS 3.0 objects (organization, service,
//! phone, schedule, language, location and address) in Senda's small profile,
//! documented in `docs/resource-pack.md` and `public/resources/schema.json`:
//! text fields are translated maps, each service has one category from
//! Senda's list, the date it was last checked and its source.
//!
//! A pack comes from outside (the organisation, an imported file): it is
//! checked whole, and every problem is named by service and field.
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::category::Category;
use super::link_check;
use super::phone_channel;
use super::service_status::ServiceStatus;
use super::translated::Translated;
use crate::language;

pub const PROFILE: &str = "senda-hsds-3.0/1";
/// A pack of 2,000 services is about 2 MB; twice that is plenty.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub profile: String,
    #[serde(default)]
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    /// Where and when she imported it: written by Senda at the import, never
    /// taken from the file, and shown on every service it brought.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<Received>,
}

/// The file an imported pack came from, and the day it was imported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Received {
    pub file_name: String,
    /// "2026-11-30".
    pub day: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: Translated,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    pub name: Translated,
    pub description: Translated,
    /// HSDS: active, inactive, defunct, temporarily closed (`status()`).
    pub status: String,
    pub category: String,
    #[serde(default)]
    pub eligibility_description: Translated,
    #[serde(default)]
    pub application_process: Translated,
    #[serde(default)]
    pub fees_description: Translated,
    #[serde(default)]
    pub required_documents: Vec<Translated>,
    #[serde(default)]
    pub alert: Translated,
    /// HSDS: interpretation the service offers ("53 languages"). A service
    /// that has some is not hidden by the language filter.
    #[serde(default, skip_serializing_if = "Translated::is_empty")]
    pub interpretation_services: Translated,
    /// "2026-11-20": the day its source was last read.
    pub assured_date: String,
    /// The page that states the service's facts.
    pub source_url: String,
    /// That page's own date ("2025-10-13", "2025-10" or "2025"), shown
    /// beside "last checked" so that a fact read in 2026 from a 2014 page
    /// does not pass for new; none when the page carries no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_date: Option<String>,
    /// For the pack's maintainers: why an undated or old source still holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_note: Option<String>,
    /// Pages that state the facts `source_url` does not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more_sources: Vec<Source>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub languages: Vec<Language>,
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    #[serde(default)]
    pub locations: Vec<Location>,
}

/// A further page a service's facts come from, with its own date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    /// As `Service::source_date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Which facts it states, for the maintainers.
    #[serde(default)]
    pub states: String,
    /// As `Service::source_note`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    /// HSDS phone type: voice (or none), whatsapp, sms, text (a text phone);
    /// `phone_channel` turns each into its link.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub description: Translated,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1 or 639-3 code.
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub description: Translated,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub location_type: String,
    #[serde(default)]
    pub addresses: Vec<Address>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub address_1: String,
    pub city: String,
    #[serde(default)]
    pub state_province: String,
    #[serde(default)]
    pub postal_code: String,
    pub country: String,
}

impl Address {
    pub fn one_line(&self) -> String {
        [&self.address_1, &self.postal_code, &self.city]
            .into_iter()
            .filter(|part| !part.trim().is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One list of a service's translated fields for both borrows, so that a
/// text added to the checks is also cut to one language.
macro_rules! every_text {
    ($service:ident, $iter:ident, $($borrow:tt)+) => {
        [
            $($borrow)+ $service.name,
            $($borrow)+ $service.description,
            $($borrow)+ $service.eligibility_description,
            $($borrow)+ $service.application_process,
            $($borrow)+ $service.fees_description,
            $($borrow)+ $service.alert,
            $($borrow)+ $service.interpretation_services,
        ]
        .into_iter()
        .chain($service.required_documents.$iter())
        .chain($service.schedules.$iter().map(|schedule| $($borrow)+ schedule.description))
        .chain($service.phones.$iter().map(|phone| $($borrow)+ phone.description))
    };
}

impl Service {
    pub fn category(&self) -> Option<Category> {
        Category::from_id(&self.category)
    }

    pub fn status(&self) -> Option<ServiceStatus> {
        ServiceStatus::parse(&self.status)
    }

    /// Open to her now: what the guide shows without a warning.
    pub fn is_active(&self) -> bool {
        self.status() == Some(ServiceStatus::Active)
    }

    /// Every translated text of the service, for the checks that read them all.
    pub fn translated_texts(&self) -> impl Iterator<Item = &Translated> {
        every_text!(self, iter, &)
    }

    /// The same texts, to change: the pack cut to one language.
    pub fn translated_texts_mut(&mut self) -> impl Iterator<Item = &mut Translated> {
        every_text!(self, iter_mut, &mut)
    }
}

/// What is wrong, where: shown to the organisation or the mentor who loads
/// the pack, so the entry can be fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The service's id, or its position when it has none.
    pub entry: String,
    pub field: &'static str,
    pub kind: ProblemKind,
}

impl Problem {
    /// "line-016 — url", or as much of it as is known.
    pub fn place(&self) -> String {
        [self.entry.as_str(), self.field].into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" — ")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    TooLarge,
    NotAPack(String),
    WrongProfile,
    Missing,
    UnknownCategory,
    UnknownStatus,
    UnknownOrganization,
    BadDate,
    BadLanguage,
    RefusedLink,
    Duplicate,
    /// A phone whose type Senda does not know, or whose number cannot be
    /// reached that way (a WhatsApp line that is not a full number).
    PhoneType,
}

/// Reads and checks a pack; every problem found, or the pack.
pub fn read(text: &str) -> Result<Pack, Vec<Problem>> {
    let whole = |kind| vec![Problem { entry: String::new(), field: "", kind }];
    if text.len() > MAX_BYTES {
        return Err(whole(ProblemKind::TooLarge));
    }
    let mut pack: Pack = serde_json::from_str(text).map_err(|error| whole(ProblemKind::NotAPack(error.to_string())))?;
    // A file cannot say where it came from; only an import can.
    pack.received = None;
    if pack.profile != PROFILE {
        return Err(whole(ProblemKind::WrongProfile));
    }
    let problems = check(&pack);
    if problems.is_empty() { Ok(pack) } else { Err(problems) }
}

/// Whether a pack already parsed (one Senda stored) passes what `read` checks.
pub fn is_valid(pack: &Pack) -> bool {
    pack.profile == PROFILE && check(pack).is_empty()
}

/// Every problem of an already parsed pack (a mentor's own entries, say).
pub fn check(pack: &Pack) -> Vec<Problem> {
    let mut problems = Vec::new();
    let organizations: BTreeSet<&str> =
        pack.organizations.iter().map(|organization| organization.id.as_str()).collect();
    let mut ids = BTreeSet::new();
    for (position, service) in pack.services.iter().enumerate() {
        let entry = if service.id.trim().is_empty() { format!("#{}", position + 1) } else { service.id.clone() };
        let mut problem = |field, kind| problems.push(Problem { entry: entry.clone(), field, kind });
        if service.id.trim().is_empty() {
            problem("id", ProblemKind::Missing);
        } else if !ids.insert(service.id.as_str()) {
            problem("id", ProblemKind::Duplicate);
        }
        if !organizations.contains(service.organization_id.as_str()) {
            problem("organization_id", ProblemKind::UnknownOrganization);
        }
        if super::translated::pick(&service.name, "en").is_none() {
            problem("name", ProblemKind::Missing);
        }
        if super::translated::pick(&service.description, "en").is_none() {
            problem("description", ProblemKind::Missing);
        }
        if service.category().is_none() {
            problem("category", ProblemKind::UnknownCategory);
        }
        if service.status().is_none() {
            problem("status", ProblemKind::UnknownStatus);
        }
        if !is_day(&service.assured_date) {
            problem("assured_date", ProblemKind::BadDate);
        }
        let is_web_link = |url: &str| link_check::check(url).is_some_and(|link| link.starts_with("http"));
        if !is_web_link(&service.source_url) || !service.more_sources.iter().all(|source| is_web_link(&source.url)) {
            problem("source_url", ProblemKind::RefusedLink);
        }
        let dates = service.more_sources.iter().map(|source| source.date.as_deref());
        if std::iter::once(service.source_date.as_deref())
            .chain(dates)
            .any(|date| date.is_some_and(|date| super::pack_content::source_day(date).is_none()))
        {
            problem("source_date", ProblemKind::BadDate);
        }
        if service.url.as_deref().is_some_and(|url| !is_web_link(url)) {
            problem("url", ProblemKind::RefusedLink);
        }
        if service.email.as_deref().is_some_and(|email| link_check::email_link(email).is_none()) {
            problem("email", ProblemKind::RefusedLink);
        }
        if service.phones.iter().any(|phone| phone_channel::contact_link(phone).is_none()) {
            problem("phones", ProblemKind::PhoneType);
        }
        if service.languages.iter().any(|language| !language::is_code(&language.code)) {
            problem("languages", ProblemKind::BadLanguage);
        }
        if service.translated_texts().any(|text| text.keys().any(|code| !language::is_code(code))) {
            problem("translations", ProblemKind::BadLanguage);
        }
    }
    problems
}

/// Adds `more` to `services`; one with an id already there replaces it (an
/// organisation corrects a default entry by reusing its id).
pub fn merge(services: &mut Vec<Service>, more: Vec<Service>) {
    for service in more {
        services.retain(|known| known.id != service.id);
        services.push(service);
    }
}

/// "2026-11-20", a real calendar day.
fn is_day(text: &str) -> bool {
    crate::day::Day::parse(text).is_some()
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub const DEFAULT_PACK: &str = include_str!("../../../../public/resources/default.json");

    fn problems(text: &str) -> Vec<(String, &'static str, ProblemKind)> {
        read(text).err().unwrap_or_default().into_iter().map(|p| (p.entry, p.field, p.kind)).collect()
    }

    fn with_service(change: impl Fn(&mut serde_json::Value)) -> String {
        let mut pack: serde_json::Value = serde_json::from_str(DEFAULT_PACK).unwrap();
        change(&mut pack["services"][0]);
        pack.to_string()
    }

    /// The languages of a mentee's guide (`language::LANGUAGES`).
    const GUIDE_LANGUAGES: [&str; 7] = ["en", "es", "ca", "ro", "zh", "fr", "ar"];

    /// What Senda tells a survivor must be sourced, dated and in every
    /// language: each service names the page that states its facts (not a
    /// home page), the day that was checked, and every text in each of the
    /// guide's seven languages.
    #[test]
    fn the_default_pack_is_sourced_dated_and_in_every_guide_language() {
        let pack = read(DEFAULT_PACK).unwrap();
        assert!(pack.services.len() >= 12);
        for service in &pack.services {
            let path = service.source_url.splitn(4, '/').nth(3).unwrap_or_default();
            assert!(path.len() > 1, "{}: the source is a bare domain: {}", service.id, service.source_url);
            assert!(crate::day::Day::parse(&service.assured_date).is_some(), "{}", service.id);
            for text in service.translated_texts().filter(|text| !text.is_empty()) {
                for language in GUIDE_LANGUAGES {
                    assert!(
                        text.get(language).is_some_and(|t| !t.trim().is_empty()),
                        "{} {language}: {text:?}",
                        service.id
                    );
                }
            }
        }
    }

    /// Each translation says where it came from and whether a native
    /// speaker reviewed it (docs/resource-pack.md, "Translations").
    #[test]
    fn every_translation_of_the_default_pack_says_where_it_came_from() {
        let pack: serde_json::Value = serde_json::from_str(DEFAULT_PACK).unwrap();
        for language in &GUIDE_LANGUAGES[1..] {
            let origin = &pack["translations"][language];
            assert!(GUIDE_LANGUAGES.contains(&origin["from"].as_str().unwrap_or_default()), "{language}: {origin}");
            assert!(
                crate::day::Day::parse(origin["date"].as_str().unwrap_or_default()).is_some(),
                "{language}: {origin}"
            );
            assert!(!origin["by"].as_str().unwrap_or_default().is_empty(), "{language}: {origin}");
            assert!(
                origin["native_review"].is_null() || origin["native_review"]["date"].is_string(),
                "{language}: {origin}"
            );
        }
    }

    /// A line that is not an emergency service says where to go in one.
    #[test]
    fn helplines_that_are_not_emergency_services_point_to_112() {
        let pack = read(DEFAULT_PACK).unwrap();
        for id in ["line-016", "line-024", "line-900900120", "trafficking-report", "health-061"] {
            let service = pack.services.iter().find(|service| service.id == id).unwrap();
            for language in GUIDE_LANGUAGES {
                assert!(service.description[language].contains("112"), "{id} {language}");
            }
        }
    }

    #[test]
    fn each_problem_names_the_service_and_the_field() {
        let first = || serde_json::from_str::<Pack>(DEFAULT_PACK).unwrap().services[0].id.clone();
        assert_eq!(
            problems(&with_service(|s| s["category"] = "211-housing".into())),
            [(first(), "category", ProblemKind::UnknownCategory)]
        );
        assert_eq!(
            problems(&with_service(|s| s["assured_date"] = "2026-02-30".into())),
            [(first(), "assured_date", ProblemKind::BadDate)]
        );
        assert_eq!(
            problems(&with_service(|s| s["languages"] = serde_json::json!([{"code": "Spanish"}]))),
            [(first(), "languages", ProblemKind::BadLanguage)]
        );
        assert_eq!(
            problems(&with_service(|s| s["name"] = serde_json::json!({}))),
            [(first(), "name", ProblemKind::Missing)]
        );
        assert_eq!(
            problems(&with_service(|s| s["status"] = "open".into())),
            [(first(), "status", ProblemKind::UnknownStatus)]
        );
        assert_eq!(
            problems(&with_service(|s| s["organization_id"] = "nobody".into())),
            [(first(), "organization_id", ProblemKind::UnknownOrganization)]
        );
    }

    #[test]
    fn script_links_are_refused_wherever_they_are() {
        for (field, value) in [
            ("url", "javascript:alert(1)"),
            ("source_url", " JAVASCRIPT:alert(1)"),
            ("url", "data:text/html,x"),
            ("source_url", "vbscript:x"),
            ("email", "x@y.z?body=<script>"),
        ] {
            let found = problems(&with_service(|s| s[field] = value.into()));
            assert!(
                found.iter().any(|(_, f, kind)| *f == field && *kind == ProblemKind::RefusedLink),
                "{field} {value}: {found:?}"
            );
        }
    }

    #[test]
    fn a_later_pack_extends_and_corrects_an_earlier_one() {
        let mut services = read(DEFAULT_PACK).unwrap().services;
        let count = services.len();
        let mut corrected = services[0].clone();
        corrected.status = ServiceStatus::TemporarilyClosed.word().into();
        let mut added = services[1].clone();
        added.id = "new-one".into();
        merge(&mut services, vec![corrected, added]);
        assert_eq!(services.len(), count + 1);
        assert_eq!(services.iter().filter(|s| s.status() == Some(ServiceStatus::TemporarilyClosed)).count(), 1);
    }

    #[test]
    fn files_that_are_not_packs_are_named_as_such() {
        assert!(matches!(problems("")[0].2, ProblemKind::NotAPack(_)));
        assert_eq!(problems("{\"profile\":\"other\",\"services\":[]}")[0].2, ProblemKind::WrongProfile);
        let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES));
        assert_eq!(problems(&big)[0].2, ProblemKind::TooLarge);
    }
}

// proptest runs natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::DEFAULT_PACK;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// Truncated, bit-flipped or field-damaged packs: an error with its
        /// problems, never a panic, and never a pack with a refused link.
        /// When only the injected defect is there (no cut, no flipped bit),
        /// it is the one named, by service and field.
        #[test]
        fn malformed_packs_are_refused_without_a_panic(
            cut in 0usize..40_000,
            flips in proptest::collection::vec((0usize..40_000, 0u8..8), 0..4),
            damage in prop_oneof![
                Just(("category", "\"nope\"")), Just(("assured_date", "\"2026-13-01\"")), Just(("url", "\"javascript:x\"")),
                Just(("status", "\"open\"")), Just(("phones", "[{\"number\": \"016\", \"type\": \"whatsapp\"}]")),
                Just(("id", "\"\"")), Just(("name", "{}")), Just(("source_url", "\"https:no-slashes\"")),
                Just(("languages", "[{\"code\": \"Spanish\"}]"))
            ],
        ) {
            let mut pack: serde_json::Value = serde_json::from_str(DEFAULT_PACK).unwrap();
            pack["services"][0][damage.0] = serde_json::from_str(damage.1).unwrap();
            let whole = pack.to_string();
            let text = crate::text::damage::damaged(&whole, cut, &flips);
            match read(&text) {
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    if text == whole {
                        prop_assert!(
                            problems.iter().any(|problem| problem.field == damage.0),
                            "{} not named: {problems:?}", damage.0
                        );
                    }
                }
                Ok(pack) => {
                    prop_assert!(text != whole, "the injected {} was accepted", damage.0);
                    for service in &pack.services {
                        prop_assert!(link_check::check(&service.source_url).is_some());
                        prop_assert!(service.url.as_deref().is_none_or(|url| link_check::check(url).is_some()));
                    }
                }
            }
        }
    }
}
