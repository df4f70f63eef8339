//! Where quick exit goes: a page nobody would look at twice. The default is
//! a weather site; an organisation or the mentor can choose another, which
//! must be an ordinary https address (never `javascript:` or `data:`).

pub const DEFAULT: &str = "https://www.accuweather.com/";

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
        assert_eq!(check(DEFAULT).as_deref(), Some(DEFAULT));
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
