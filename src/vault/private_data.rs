//! What the lock seals. Everything is private unless listed here: a feature
//! added later is sealed without having to remember to ask for it.

/// Namespaces that stay readable with the lock on: the resource guide (a
/// mentee on the mentor's phone may browse it), settings such as the language
/// and the quick-exit page (needed before unlocking), the organisation's
/// settings (not hers), and the lock's own parameters.
const READABLE_NAMESPACES: [&str; 4] = ["settings", "resources", "organisation", "vault"];

pub fn is_private(namespace: &str) -> bool {
    !READABLE_NAMESPACES.contains(&namespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_text_is_sealed_and_what_a_mentee_needs_is_not() {
        for namespace in ["journal", "journal-drafts", "conversations", "self-care", "plan", "a-new-feature"] {
            assert!(is_private(namespace), "{namespace}");
        }
        for namespace in ["settings", "resources", "organisation", "vault"] {
            assert!(!is_private(namespace), "{namespace}");
        }
    }
}
