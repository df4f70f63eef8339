//! A service the mentor adds herself (a clinic a mentee told her about, a
//! language course that opened): written in one form, in her language, and
//! kept in the same HSDS profile as every pack, so the same checks apply and
//! her entries export as a pack the social team can import unchanged.
use super::resource_pack::{
    Address, Language, Location, Organization, PROFILE, Pack, Phone, Problem, Schedule, Service,
};
use super::service_status::ServiceStatus;
use super::translated::{Translated, pick};

/// The organisation her entries belong to in an exported pack.
pub const MENTOR_ORGANIZATION: &str = "mentor";
/// Her entries' ids start with this, so they never take the id of a pack's
/// service by chance.
pub const ID_PREFIX: &str = "own-";

/// The form as she fills it in: plain text, one line per phone, document or
/// language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceForm {
    pub name: String,
    pub category: String,
    pub description: String,
    pub eligibility: String,
    pub application: String,
    pub documents: String,
    pub fees: String,
    pub hours: String,
    pub address: String,
    pub postal_code: String,
    pub city: String,
    pub phones: String,
    pub email: String,
    pub website: String,
    pub languages: String,
    /// Where she found it; her website stands in when empty.
    pub source: String,
    pub temporarily_closed: bool,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty())
}

fn in_language(language: &str, text: &str) -> Translated {
    let text = text.trim();
    if text.is_empty() { Translated::new() } else { Translated::from([(language.to_owned(), text.to_owned())]) }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl ServiceForm {
    /// The form for editing a saved entry, in the language it is shown in.
    pub fn from_service(service: &Service, language: &str) -> ServiceForm {
        let text = |field: &Translated| pick(field, language).unwrap_or_default().to_owned();
        let address = service.locations.iter().flat_map(|location| &location.addresses).next();
        let joined = |parts: Vec<String>| parts.join("\n");
        ServiceForm {
            name: text(&service.name),
            category: service.category.clone(),
            description: text(&service.description),
            eligibility: text(&service.eligibility_description),
            application: text(&service.application_process),
            documents: joined(service.required_documents.iter().map(text).collect()),
            fees: text(&service.fees_description),
            hours: joined(service.schedules.iter().map(|schedule| text(&schedule.description)).collect()),
            address: address.map(|a| a.address_1.clone()).unwrap_or_default(),
            postal_code: address.map(|a| a.postal_code.clone()).unwrap_or_default(),
            city: address.map(|a| a.city.clone()).unwrap_or_default(),
            phones: joined(service.phones.iter().map(|phone| phone.number.clone()).collect()),
            email: service.email.clone().unwrap_or_default(),
            website: service.url.clone().unwrap_or_default(),
            languages: service.languages.iter().map(|l| l.code.clone()).collect::<Vec<_>>().join(", "),
            source: if service.url.as_deref() == Some(&service.source_url) {
                String::new()
            } else {
                service.source_url.clone()
            },
            temporarily_closed: service.status() == Some(ServiceStatus::TemporarilyClosed),
        }
    }

    /// The entry, checked as any pack's service is; `today` ("2026-11-29")
    /// becomes its last-checked date. Problems name the form's fields by
    /// their pack names.
    pub fn to_service(&self, id: &str, language: &str, today: &str) -> Result<Service, Vec<Problem>> {
        let website = optional(&self.website);
        let has_address = !(self.address.trim().is_empty() && self.city.trim().is_empty());
        let service = Service {
            id: id.to_owned(),
            organization_id: MENTOR_ORGANIZATION.to_owned(),
            name: in_language(language, &self.name),
            description: in_language(language, &self.description),
            status: if self.temporarily_closed { ServiceStatus::TemporarilyClosed } else { ServiceStatus::Active }
                .word()
                .to_owned(),
            category: self.category.clone(),
            eligibility_description: in_language(language, &self.eligibility),
            application_process: in_language(language, &self.application),
            fees_description: in_language(language, &self.fees),
            required_documents: lines(&self.documents).map(|line| in_language(language, line)).collect(),
            alert: Translated::new(),
            assured_date: today.to_owned(),
            source_url: optional(&self.source).or_else(|| website.clone()).unwrap_or_default(),
            source_date: None,
            source_note: None,
            more_sources: Vec::new(),
            url: website,
            email: optional(&self.email),
            phones: lines(&self.phones)
                .map(|number| Phone { number: number.to_owned(), kind: None, description: Translated::new() })
                .collect(),
            languages: self
                .languages
                .split([',', ' ', '\n'])
                .filter(|code| !code.is_empty())
                .map(|code| Language { code: code.to_lowercase() })
                .collect(),
            schedules: lines(&self.hours).map(|line| Schedule { description: in_language(language, line) }).collect(),
            locations: has_address
                .then(|| Location {
                    location_type: "physical".to_owned(),
                    addresses: vec![Address {
                        address_1: self.address.trim().to_owned(),
                        city: self.city.trim().to_owned(),
                        state_province: String::new(),
                        postal_code: self.postal_code.trim().to_owned(),
                        country: "ES".to_owned(),
                    }],
                })
                .into_iter()
                .collect(),
            interpretation_services: Translated::new(),
        };
        let problems = super::resource_pack::check(&export(std::slice::from_ref(&service), ""));
        if problems.is_empty() { Ok(service) } else { Err(problems) }
    }
}

/// Her entries as a pack, ready to send to the social team; `mentor` names
/// its organisation (her programme's name, or a word for "a mentor").
pub fn export(services: &[Service], mentor: &str) -> Pack {
    Pack {
        profile: PROFILE.to_owned(),
        organizations: vec![Organization {
            id: MENTOR_ORGANIZATION.to_owned(),
            name: mentor.to_owned(),
            description: Translated::new(),
        }],
        services: services.to_vec(),
        received: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::resource_pack::{ProblemKind, read};

    fn clinic() -> ServiceForm {
        ServiceForm {
            name: "Clínica del barrio".into(),
            category: "health".into(),
            description: "Atención sin cita los martes".into(),
            phones: "93 000 00 00\n\n+34 600 000 000".into(),
            website: "https://clinica.example.org".into(),
            languages: "es, AR fr".into(),
            hours: "Martes 9–13\nJueves 16–19".into(),
            city: "Barcelona".into(),
            ..ServiceForm::default()
        }
    }

    #[test]
    fn a_filled_form_becomes_a_service_in_her_language() {
        let service = clinic().to_service("own-1", "es", "2026-11-29").unwrap();
        assert_eq!(service.name.get("es").map(String::as_str), Some("Clínica del barrio"));
        assert!(!service.name.contains_key("en"));
        assert_eq!(service.phones.len(), 2);
        assert_eq!(service.languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>(), ["es", "ar", "fr"]);
        assert_eq!(service.schedules.len(), 2);
        assert_eq!(service.source_url, "https://clinica.example.org");
        assert_eq!(service.assured_date, "2026-11-29");
        assert_eq!(service.locations[0].addresses[0].city, "Barcelona");
    }

    #[test]
    fn editing_gives_back_what_she_wrote() {
        let form = ServiceForm { source: "https://ajuntament.example.org/list".into(), ..clinic() };
        let service = form.to_service("own-1", "es", "2026-11-29").unwrap();
        let again = ServiceForm::from_service(&service, "es");
        assert_eq!(again.to_service("own-1", "es", "2026-11-29").unwrap(), service);
        assert_eq!(again.phones, "93 000 00 00\n+34 600 000 000");
    }

    #[test]
    fn each_missing_or_unsafe_field_is_named() {
        let fields = |form: ServiceForm| {
            form.to_service("own-1", "en", "2026-11-29")
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|problem| (problem.field, problem.kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(ServiceForm { name: " ".into(), ..clinic() }), [("name", ProblemKind::Missing)]);
        assert_eq!(
            fields(ServiceForm { category: String::new(), ..clinic() }),
            [("category", ProblemKind::UnknownCategory)]
        );
        assert_eq!(
            fields(ServiceForm { website: "javascript:alert(1)".into(), ..clinic() }),
            [("source_url", ProblemKind::RefusedLink), ("url", ProblemKind::RefusedLink)]
        );
        assert_eq!(
            fields(ServiceForm { website: String::new(), ..clinic() }),
            [("source_url", ProblemKind::RefusedLink)]
        );
        assert_eq!(
            fields(ServiceForm { languages: "Arabic".into(), ..clinic() }),
            [("languages", ProblemKind::BadLanguage)]
        );
        assert_eq!(fields(ServiceForm { email: "a@b".into(), ..clinic() }), [("email", ProblemKind::RefusedLink)]);
    }

    #[test]
    fn her_export_is_a_pack_any_senda_imports() {
        let services = vec![
            clinic().to_service("own-1", "es", "2026-11-29").unwrap(),
            ServiceForm { name: "Curso de catalán".into(), category: "education".into(), ..clinic() }
                .to_service("own-2", "ca", "2026-11-29")
                .unwrap(),
        ];
        let text = serde_json::to_string(&export(&services, "Mentora")).unwrap();
        assert_eq!(read(&text).unwrap().services, services);
    }
}
