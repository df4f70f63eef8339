//! What a phone number in a pack reaches, and the link that reaches it. A
//! woman in crisis who taps a number must get the channel it names: a
//! WhatsApp line that takes messages only must never become a voice call.
//! The types are HSDS's phone types as Senda's profile uses them.
use super::link_check::phone_link;
use super::resource_pack::Phone;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// A call (`tel:`). A phone with no type is a voice line in HSDS.
    Voice,
    /// WhatsApp messages, opened as `https://wa.me/<number>`: a link she
    /// taps, never a request Senda makes.
    WhatsApp,
    /// Text messages (`sms:`).
    Sms,
    /// A text phone for deaf people (`tel:`, labelled as such).
    TextPhone,
}

impl Channel {
    /// The pack's `type`; None for a type Senda does not know.
    pub fn of(phone: &Phone) -> Option<Channel> {
        match phone.kind.as_deref() {
            None | Some("voice") => Some(Channel::Voice),
            Some("whatsapp") => Some(Channel::WhatsApp),
            Some("sms") => Some(Channel::Sms),
            Some("text") => Some(Channel::TextPhone),
            Some(_) => None,
        }
    }
}

/// The number in international form without the `+`: as written when it
/// starts with `+`, else a nine-digit Spanish number with 34 before it.
fn international_digits(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if number.trim_start().starts_with('+') {
        (digits.len() >= 8).then_some(digits)
    } else {
        (digits.len() == 9).then(|| format!("34{digits}"))
    }
}

/// The link of `phone`'s channel, or None when its type and number do not
/// make one (an unknown type, a WhatsApp number that is not a full number).
pub fn contact_link(phone: &Phone) -> Option<String> {
    match Channel::of(phone)? {
        Channel::Voice | Channel::TextPhone => phone_link(&phone.number),
        Channel::Sms => phone_link(&phone.number).map(|tel| tel.replacen("tel:", "sms:", 1)),
        Channel::WhatsApp => international_digits(&phone.number).map(|digits| format!("https://wa.me/{digits}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::resource_pack::{read, tests::DEFAULT_PACK};

    fn phone(number: &str, kind: Option<&str>) -> Phone {
        Phone { number: number.into(), kind: kind.map(str::to_owned), description: Default::default() }
    }

    #[test]
    fn each_channel_gets_its_own_link() {
        assert_eq!(contact_link(&phone("016", Some("voice"))).as_deref(), Some("tel:016"));
        assert_eq!(contact_link(&phone("016", None)).as_deref(), Some("tel:016"));
        assert_eq!(contact_link(&phone("600 000 016", Some("whatsapp"))).as_deref(), Some("https://wa.me/34600000016"));
        assert_eq!(
            contact_link(&phone("+44 7700 900123", Some("whatsapp"))).as_deref(),
            Some("https://wa.me/447700900123")
        );
        assert_eq!(contact_link(&phone("600 000 016", Some("sms"))).as_deref(), Some("sms:600000016"));
        assert_eq!(contact_link(&phone("900 000 000", Some("text"))).as_deref(), Some("tel:900000000"));
    }

    #[test]
    fn a_type_and_number_that_disagree_make_no_link() {
        assert_eq!(contact_link(&phone("016", Some("whatsapp"))), None, "a short number has no WhatsApp");
        assert_eq!(contact_link(&phone("600 000 016", Some("pager"))), None);
        assert_eq!(contact_link(&phone("", Some("voice"))), None);
    }

    #[test]
    fn every_phone_in_the_default_pack_yields_the_link_of_its_type() {
        for service in read(DEFAULT_PACK).unwrap().services {
            for phone in &service.phones {
                let link = contact_link(phone).unwrap_or_else(|| panic!("{} {}", service.id, phone.number));
                let expected = match Channel::of(phone).unwrap() {
                    Channel::Voice | Channel::TextPhone => "tel:",
                    Channel::WhatsApp => "https://wa.me/",
                    Channel::Sms => "sms:",
                };
                assert!(link.starts_with(expected), "{} {}: {link}", service.id, phone.number);
            }
        }
    }
}
