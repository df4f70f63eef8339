//! "Listen" on a service's page, for a woman who reads little: what is read
//! (name, what it offers, hours, phones digit by digit) and which of the
//! phone's voices may read it. Only a voice of the guide's language that
//! works on the phone itself: a network voice would send the text away, and
//! a voice of another language would read it wrongly.

/// One of the phone's voices, as `speechSynthesis.getVoices()` gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    /// A BCP 47 tag: "ro-RO", "zh-CN", "ar-SA", "cmn-Hans-CN".
    pub lang: String,
    /// `localService`: it speaks without the network.
    pub local: bool,
}

/// The first voice on the phone itself that speaks `language` (Senda's
/// code: "en", "zh"…). Senda's Chinese is Mandarin in Simplified
/// characters, so Cantonese and the voices of Taiwan and Hong Kong are
/// left out.
pub fn voice_for<'a>(voices: &'a [Voice], language: &str) -> Option<&'a Voice> {
    voices.iter().filter(|voice| voice.local).find(|voice| speaks(&voice.lang, language))
}

fn speaks(tag: &str, language: &str) -> bool {
    let tag = tag.replace('_', "-").to_ascii_lowercase();
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    if language != "zh" {
        return primary == language;
    }
    let rest: Vec<&str> = subtags.collect();
    let traditional = rest.iter().any(|subtag| matches!(*subtag, "hant" | "tw" | "hk" | "mo"));
    matches!(primary, "zh" | "cmn") && !traditional
}

/// The words read aloud, one sentence a line. Phone numbers are read digit
/// by digit ("0 1 6"), as she would dial them, not as "sixteen".
pub fn script(name: &str, description: Option<&str>, hours: &[String], phones: &[(String, String)]) -> String {
    let mut lines = vec![name.to_owned()];
    lines.extend(description.map(str::to_owned));
    lines.extend(hours.iter().cloned());
    for (how, number) in phones {
        let digits: Vec<String> = number.chars().filter(char::is_ascii_digit).map(String::from).collect();
        lines.push(format!("{how}: {}", digits.join(" ")));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(name: &str, lang: &str, local: bool) -> Voice {
        Voice { name: name.into(), lang: lang.into(), local }
    }

    #[test]
    fn only_a_voice_of_her_language_on_the_phone_itself() {
        let voices = [
            voice("Google română", "ro-RO", false),
            voice("Ioana", "ro-RO", true),
            voice("Amélie", "fr-CA", true),
            voice("Maged", "ar-SA", true),
        ];
        assert_eq!(voice_for(&voices, "ro").map(|v| v.name.as_str()), Some("Ioana"), "not the network voice");
        assert_eq!(voice_for(&voices, "fr").map(|v| v.name.as_str()), Some("Amélie"));
        assert_eq!(voice_for(&voices, "ar").map(|v| v.name.as_str()), Some("Maged"));
        assert_eq!(voice_for(&voices, "zh"), None, "no Chinese voice: none, never another language's");
        assert_eq!(voice_for(&[voice("Google română", "ro-RO", false)], "ro"), None);
        assert_eq!(voice_for(&[voice("Romanian", "ro_RO", true)], "ro").map(|v| v.name.as_str()), Some("Romanian"));
    }

    #[test]
    fn chinese_means_mandarin_in_simplified_characters() {
        for tag in ["zh-CN", "zh", "cmn-Hans-CN", "zh-Hans"] {
            assert!(speaks(tag, "zh"), "{tag}");
        }
        for tag in ["zh-TW", "zh-HK", "yue-HK", "zh-Hant", "cmn-Hant-TW"] {
            assert!(!speaks(tag, "zh"), "{tag}");
        }
        assert!(!speaks("ca-ES", "ar"));
    }

    #[test]
    fn the_script_reads_phone_numbers_digit_by_digit() {
        let read = script(
            "016",
            Some("Support for women."),
            &["24 hours a day.".into()],
            &[("Call".into(), "016".into()), ("WhatsApp".into(), "600 000 016".into())],
        );
        assert_eq!(read, "016\nSupport for women.\n24 hours a day.\nCall: 0 1 6\nWhatsApp: 6 0 0 0 0 0 0 1 6");
        assert_eq!(script("Casal", None, &[], &[]), "Casal");
    }
}
