//! Where quick exit goes: a page nobody would look at twice on a phone in
//! Catalonia. The default is the local weather service's front page in the
//! language Senda is shown in; an organisation or the mentor can choose
//! another, which must be an ordinary https address (never `javascript:` or
//! `data:`).

/// The Servei Meteorològic de Catalunya for Catalan, AEMET (Spain's weather
/// agency) in Spanish or English otherwise.
pub fn default_for(language: &str) -> &'static str {
    match language {
        "ca" => "https://www.meteo.cat/",
        "en" => "https://www.aemet.es/en/portada",
        _ => "https://www.aemet.es/es/portada",
    }
}

/// The address to store, or None if it is not one quick exit may open.
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
