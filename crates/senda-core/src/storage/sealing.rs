//! Which records are sealed, and with what. The store seals every record
//! outside a few readable namespaces whenever a lock record exists; the key
//! itself comes from the vault as a `Sealer`, so storage never depends on the
//! vault (the vault depends on storage).
use zeroize::Zeroizing;

use super::record_key::RecordKey;

/// Namespaces that stay readable with the lock on: the resource guide (a
/// mentee on the mentor's phone may browse it), settings such as the language
/// and the quick-exit page (needed before unlocking), the organisation's
/// settings (not hers), and the lock's own parameters. Everything else is
/// private: a feature added later is sealed without having to ask for it.
const READABLE_NAMESPACES: [&str; 4] = ["settings", "resources", "organisation", "vault"];

pub fn is_private(namespace: &str) -> bool {
    !READABLE_NAMESPACES.contains(&namespace)
}

/// The lock record: while it exists, private records are only ever written
/// sealed, whoever asks.
pub fn lock_record() -> RecordKey {
    RecordKey::new("vault", "meta")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealError {
    /// The key does not open this data (or the data was altered).
    WrongKey,
    /// Parameters or sealed text that are not Senda's.
    Malformed,
    /// The browser gave no random numbers.
    NoRandomness,
}

/// Seals and opens a record's bytes; `bound_to` (the record's key, version
/// and revision) must be given again to open it.
pub trait Sealer {
    fn seal(&self, bound_to: &[u8], clear: &[u8]) -> Result<String, SealError>;
    fn open(&self, bound_to: &[u8], sealed: &str) -> Result<Zeroizing<Vec<u8>>, SealError>;
}

/// The lock lends its key to the store behind a shared pointer, so the
/// store needs no word of the vault.
impl<S: Sealer + ?Sized> Sealer for std::rc::Rc<S> {
    fn seal(&self, bound_to: &[u8], clear: &[u8]) -> Result<String, SealError> {
        (**self).seal(bound_to, clear)
    }
    fn open(&self, bound_to: &[u8], sealed: &str) -> Result<Zeroizing<Vec<u8>>, SealError> {
        (**self).open(bound_to, sealed)
    }
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
