//! Which links a resource pack may carry. Anything that could run code
//! (`javascript:`, `data:`, `vbscript:`…) is refused however it is written:
//! browsers ignore case, leading spaces and control characters in a scheme,
//! so the check does too.

/// Schemes a service's links may use: the web, a phone call, an email, and
/// the phone's map app.
const ALLOWED: [&str; 5] = ["https", "http", "tel", "mailto", "geo"];

/// The link as it will be used, or None when it is not allowed.
pub fn check(link: &str) -> Option<String> {
    let trimmed = link.trim();
    if trimmed.chars().any(|c| c.is_control() || c.is_whitespace() && c != ' ') {
        return None;
    }
    let (scheme, rest) = trimmed.split_once(':')?;
    let scheme = scheme.to_ascii_lowercase();
    if !ALLOWED.contains(&scheme.as_str()) || rest.is_empty() {
        return None;
    }
    if matches!(scheme.as_str(), "https" | "http") && !rest.starts_with("//") {
        return None;
    }
    Some(trimmed.to_owned())
}

/// A `tel:` link for a number as people write it ("900 10 50 90").
pub fn phone_link(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    (!digits.is_empty()).then(|| format!("tel:{digits}"))
}

/// A `mailto:` link for a plain address (`name@example.org`); anything with
/// extra headers, spaces or markup is refused.
pub fn email_link(email: &str) -> Option<String> {
    let (local, domain) = email.trim().split_once('@')?;
    let local_ok =
        !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+-/=^_`{|}~".contains(c));
    let domain_ok = domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    (local_ok && domain_ok).then(|| format!("mailto:{}", email.trim()))
}

/// A `geo:` link that opens the phone's map app at an address, with no
/// request to any map server from Senda.
pub fn map_link(address: &str) -> String {
    let query: String = address
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (byte as char).to_string(),
            b' ' => "+".to_owned(),
            other => format!("%{other:02X}"),
        })
        .collect();
    format!("geo:0,0?q={query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_phone_mail_and_map_links_pass() {
        for link in [
            "https://www.policia.es/",
            "http://example.org",
            "tel:+34900105090",
            "mailto:trata@policia.es",
            "geo:0,0?q=Barcelona",
        ] {
            assert_eq!(check(link).as_deref(), Some(link));
        }
    }

    #[test]
    fn links_that_could_run_code_are_refused_however_written() {
        for link in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "  javascript:alert(1)",
            "java\tscript:alert(1)",
            "javascript\n:alert(1)",
            "\u{0}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "DATA:text/html,x",
            "vbscript:msgbox(1)",
            " VBScript:msgbox(1)",
            "file:///etc/passwd",
            "https:evil",
            "tel:",
            "no scheme at all",
        ] {
            assert_eq!(check(link), None, "{link:?}");
        }
    }

    #[test]
    fn phone_and_map_links_are_built_safely() {
        assert_eq!(phone_link("900 10 50 90").as_deref(), Some("tel:900105090"));
        assert_eq!(phone_link("+34 600 000 016").as_deref(), Some("tel:+34600000016"));
        assert_eq!(phone_link("none"), None);
        assert_eq!(email_link("016-online@igualdad.gob.es").as_deref(), Some("mailto:016-online@igualdad.gob.es"));
        for bad in ["x@y.z?body=<script>", "a b@c.d", "@c.d", "a@b", "a@@b.c", "a@b.c\"\"onclick"] {
            assert_eq!(email_link(bad), None, "{bad}");
        }
        assert_eq!(map_link("C/ Tarragona 173, Barcelona"), "geo:0,0?q=C%2F+Tarragona+173%2C+Barcelona");
    }
}
