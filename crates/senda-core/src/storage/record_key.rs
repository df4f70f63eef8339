//! The name of one stored record. Every key Senda writes starts with `senda/`,
//! so a wipe can find them all and other sites' keys on a shared origin are
//! never touched.
use std::fmt;

pub const PREFIX: &str = "senda/";

/// `senda/<namespace>/<id>`: one localStorage key per record, so saving one
/// journal entry never rewrites another.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordKey {
    namespace: String,
    id: String,
}

impl RecordKey {
    /// Namespaces and ids are chosen by Senda (feature names, UUIDs), never
    /// typed by the user; a `/` in the namespace would make keys ambiguous.
    pub fn new(namespace: &str, id: &str) -> Self {
        debug_assert!(!namespace.contains('/'), "namespace with a slash: {namespace}");
        Self { namespace: namespace.to_owned(), id: id.to_owned() }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let rest = raw.strip_prefix(PREFIX)?;
        let (namespace, id) = rest.split_once('/')?;
        if namespace.is_empty() || id.is_empty() {
            return None;
        }
        Some(Self::new(namespace, id))
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// The prefix shared by every key of one namespace.
    pub fn namespace_prefix(namespace: &str) -> String {
        format!("{PREFIX}{namespace}/")
    }
}

impl fmt::Display for RecordKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PREFIX}{}/{}", self.namespace, self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_reads_back_as_itself() {
        let key = RecordKey::new("journal", "0b6f7c1e-1");
        assert_eq!(key.to_string(), "senda/journal/0b6f7c1e-1");
        assert_eq!(RecordKey::parse(&key.to_string()), Some(key));
    }

    #[test]
    fn keys_of_other_apps_are_not_ours() {
        for raw in ["journal/1", "sendajournal/1", "senda/", "senda/journal", "senda//1", "senda/journal/"] {
            assert_eq!(RecordKey::parse(raw), None, "{raw}");
        }
    }

    #[test]
    fn ids_may_contain_slashes() {
        let key = RecordKey::parse("senda/resources/pack/org.json").unwrap();
        assert_eq!(key.namespace(), "resources");
        assert_eq!(key.id(), "pack/org.json");
    }
}
