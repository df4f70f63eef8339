//! Where quick exit goes: a page nobody would look at twice on a phone in
//! Catalonia. The default is the local weather service's front page in the
//! language Senda is shown in. The mentor chooses among the sites below or
//! her organisation's (its settings file names an ordinary https address,
//! never `javascript:` or `data:`); nothing else, so a forged backup or a
//! planted record cannot send quick exit to a page that tracks her.

/// The Servei Meteorològic de Catalunya for Catalan, AEMET (Spain's weather
/// agency) in Spanish or English otherwise.
pub fn default_for(language: &str) -> &'static str {
    match language {
        "ca" => "https://www.meteo.cat/",
        "en" => "https://www.aemet.es/en/portada",
        _ => "https://www.aemet.es/es/portada",
    }
}

/// The neutral sites Settings offers: the two public weather services and
/// the encyclopaedia, in the languages Senda is used in.
pub const OFFERED: [&str; 5] = [
    "https://www.meteo.cat/",
    "https://www.aemet.es/es/portada",
    "https://www.aemet.es/en/portada",
    "https://ca.wikipedia.org/",
    "https://es.wikipedia.org/",
];

/// Whether quick exit may open `address`: one of Senda's sites, or the one
/// the organisation's settings name.
pub fn is_allowed(address: &str, organisation: Option<&str>) -> bool {
    OFFERED.contains(&address) || organisation == Some(address)
}

/// The organisation's address as its settings file may give it (an ordinary
/// https address, trimmed), or None if quick exit may not open it.
pub fn check(address: &str) -> Option<String> {
    let address = address.trim();
    let rest = address.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let plain_host = !host.is_empty()
        && !host.contains('@')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let plain_text =
        !address.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'));
    (plain_host && plain_text).then(|| address.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_https_addresses_are_accepted() {
        for language in ["en", "es", "ca", "ar"] {
            assert_eq!(check(default_for(language)).as_deref(), Some(default_for(language)));
        }
        assert_eq!(default_for("ca"), "https://www.meteo.cat/", "a local site in her language");
        assert_eq!(check(" https://www.aemet.es/es/portada ").as_deref(), Some("https://www.aemet.es/es/portada"));
        assert_eq!(check("https://example.org:8443/a?b=c#d").as_deref(), Some("https://example.org:8443/a?b=c#d"));
    }

    #[test]
    fn only_the_offered_sites_and_the_organisations_are_allowed() {
        for language in ["en", "es", "ca", "ar"] {
            assert!(is_allowed(default_for(language), None), "the default is always among the offered");
        }
        assert!(is_allowed("https://www.aemet.es/", Some("https://www.aemet.es/")));
        assert!(!is_allowed("https://www.aemet.es/", None));
        assert!(!is_allowed("https://tracker.example/?id=42", Some("https://www.aemet.es/")));
        assert!(OFFERED.iter().all(|address| check(address).as_deref() == Some(*address)));
    }

    #[test]
    fn scripts_data_plain_http_and_odd_hosts_are_refused() {
        for address in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,hi",
            "http://example.org/",
            "https://",
            "https://user@evil.example/",
            "https://exa mple.org/",
            "https://example.org/\"onload",
            "//example.org",
        ] {
            assert_eq!(check(address), None, "{address}");
        }
    }
}
