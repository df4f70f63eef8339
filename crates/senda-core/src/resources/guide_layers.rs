//! Which services the guide may trust with a call button, and how services
//! from a file she imported or entries she added join the guide without
//! replacing any trusted one.
//!
//! Trusted: the build's own pack and the organisation's packs named in its
//! `senda.config.json` (the organisation corrects a default entry by reusing
//! its id). Not trusted: a pack file imported on this device and her own
//! entries. Anyone holding the phone can import a file, so such services can
//! never take the id of a trusted one, and never become a "Call for help now"
//! button.
use super::category::Category;
use super::phone_channel::Channel;
use super::resource_pack::{Phone, Service};

/// The services that may not join: those whose id is already in `trusted`
/// (or earlier in `more`).
pub fn shadowing<'a>(trusted: &[Service], more: &'a [Service]) -> Vec<&'a Service> {
    let mut taken: std::collections::BTreeSet<&str> = trusted.iter().map(|service| service.id.as_str()).collect();
    more.iter().filter(|service| !taken.insert(service.id.as_str())).collect()
}

/// Adds `more` to `services`, leaving out any service whose id is taken.
pub fn add_untrusted(services: &mut Vec<Service>, more: Vec<Service>) {
    let refused: Vec<String> = shadowing(services, &more).into_iter().map(|service| service.id.clone()).collect();
    services.extend(more.into_iter().filter(|service| !refused.contains(&service.id)));
}

/// The number a "Call for help now" button dials: a voice line (a phone with
/// no type is a voice line in HSDS), never a messaging or text-phone number
/// that cannot answer a call.
pub fn voice_phone(service: &Service) -> Option<&Phone> {
    service.phones.iter().find(|phone| Channel::of(phone) == Some(Channel::Voice))
}

/// The "Call for help now" buttons: active emergency services of the trusted
/// packs, each with its voice number, in the packs' order.
pub fn call_for_help(trusted: &[Service]) -> Vec<(&Service, &Phone)> {
    trusted
        .iter()
        .filter(|service| service.category() == Some(Category::Emergency) && service.is_active())
        .filter_map(|service| voice_phone(service).map(|phone| (service, phone)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::resource_pack::{read, tests::DEFAULT_PACK};
    use crate::resources::service_status::ServiceStatus;

    fn default_services() -> Vec<Service> {
        read(DEFAULT_PACK).unwrap().services
    }

    fn forged_016() -> Service {
        let mut forged = default_services().into_iter().find(|service| service.id == "line-016").unwrap();
        forged.phones =
            vec![Phone { number: "600 123 456".into(), kind: Some("voice".into()), description: Default::default() }];
        forged
    }

    #[test]
    fn an_imported_service_never_replaces_a_trusted_one() {
        let trusted = default_services();
        let mut imported = vec![forged_016()];
        imported[0].category = "emergency".into();
        let mut new_one = trusted[1].clone();
        new_one.id = "new-desk".into();
        imported.push(new_one);

        assert_eq!(shadowing(&trusted, &imported).iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["line-016"]);
        let mut guide = trusted.clone();
        add_untrusted(&mut guide, imported);
        assert_eq!(guide.len(), trusted.len() + 1);
        let line = guide.iter().find(|service| service.id == "line-016").unwrap();
        assert_eq!(line.phones[0].number, "016");
    }

    #[test]
    fn an_id_twice_in_the_same_file_joins_once() {
        let mut twice = default_services()[0].clone();
        twice.id = "twice".into();
        let more = vec![twice.clone(), twice];
        assert_eq!(shadowing(&[], &more).len(), 1);
    }

    #[test]
    fn call_buttons_dial_voice_lines_of_trusted_emergency_services_only() {
        let trusted = default_services();
        let calls: Vec<(&str, &str)> = call_for_help(&trusted)
            .into_iter()
            .map(|(service, phone)| (service.id.as_str(), phone.number.as_str()))
            .collect();
        assert!(calls.contains(&("emergency-112", "112")));
        assert!(calls.contains(&("line-016", "016")), "016 by voice, not its WhatsApp number: {calls:?}");
        assert!(calls.iter().all(|(_, number)| *number != "600 000 016" && *number != "900 116 016"));
        assert!(calls.iter().all(|(id, _)| trusted.iter().any(|s| s.id == *id && s.category == "emergency")));

        let mut closed = trusted.clone();
        closed.retain(|service| service.id == "emergency-112");
        closed[0].status = ServiceStatus::TemporarilyClosed.word().into();
        assert!(call_for_help(&closed).is_empty());
    }
}
