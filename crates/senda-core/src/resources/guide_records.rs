//! The guide's records on this device: the services the mentor added and
//! the pack she imported. The namespace stays readable with the lock on,
//! because the guide is for mentees too.
use serde_json::Value;

use super::own_service;
use super::resource_pack::{self, Pack, Service};
use crate::storage::RecordKey;

pub const NAMESPACE: &str = "resources";
/// Her own services, a `Vec<Service>` in one record: a handful, edited one at a time.
pub const OWN: &str = "own";
/// The last pack she imported from a file, whole.
pub const IMPORTED: &str = "imported";

pub fn own_key() -> RecordKey {
    RecordKey::new(NAMESPACE, OWN)
}

pub fn imported_key() -> RecordKey {
    RecordKey::new(NAMESPACE, IMPORTED)
}

/// How many services a stored guide record holds, if it passes the checks
/// any pack passes; `None` for anything else (a backup from elsewhere).
pub fn services_in(id: &str, data: Value) -> Option<usize> {
    let pack = match id {
        OWN => own_service::export(&serde_json::from_value::<Vec<Service>>(data).ok()?, ""),
        IMPORTED => serde_json::from_value::<Pack>(data).ok()?,
        _ => return None,
    };
    resource_pack::is_valid(&pack).then_some(pack.services.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::resource_pack::tests::DEFAULT_PACK;

    #[test]
    fn only_checked_services_count() {
        let pack: Value = serde_json::from_str(DEFAULT_PACK).unwrap();
        let count = pack["services"].as_array().unwrap().len();
        assert_eq!(services_in(IMPORTED, pack.clone()), Some(count));
        let mut unsafe_pack = pack.clone();
        unsafe_pack["services"][0]["url"] = "javascript:alert(1)".into();
        assert_eq!(services_in(IMPORTED, unsafe_pack), None);
        assert_eq!(services_in(OWN, serde_json::json!([])), Some(0));
        assert_eq!(services_in(OWN, pack), None, "a pack is not a list of services");
        assert_eq!(services_in("other", serde_json::json!([])), None);
    }
}
