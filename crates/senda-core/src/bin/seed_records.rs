//! Seed data for the end-to-end tests and the screenshots, written by
//! Senda's own codec: standard input is a JSON object of record keys and
//! their data, standard output the same keys with the text Senda stores.
//! Each record first passes the check a restore makes (`backup_records`),
//! so a seed that no longer fits its kind fails by its key instead of
//! testing a record the app would never write. Records planted on purpose
//! (a forged value, a newer version) are written by hand in the tests.
use std::collections::BTreeMap;
use std::io::Read;
use std::process::ExitCode;

use senda_core::backup::backup_file::{BackupRecord, Records};
use senda_core::backup::backup_records::{check, encode_all};
use senda_core::storage::Store;
use senda_core::storage::codec::SCHEMA_VERSION;
use senda_core::storage::store::memory::MemoryBackend;
use serde_json::Value;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("seed_records: {error}");
        return ExitCode::FAILURE;
    }
    match seed(&input) {
        Ok(texts) => {
            println!("{}", serde_json::json!(texts));
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("seed_records: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn seed(input: &str) -> Result<BTreeMap<String, String>, String> {
    let given: BTreeMap<String, Value> =
        serde_json::from_str(input).map_err(|error| format!("not an object of keys and data: {error}"))?;
    let records: Records =
        given.into_iter().map(|(key, data)| (key, BackupRecord { v: SCHEMA_VERSION, rev: 1, data })).collect();
    check(&records, None).map_err(|key| format!("{key} does not fit its kind"))?;
    encode_all(&Store::new(MemoryBackend::default()), &records).map_err(|error| format!("{error:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use senda_core::storage::RecordKey;
    use senda_core::storage::codec::decode;

    #[test]
    fn a_seed_is_stored_as_senda_stores_it_and_one_that_does_not_fit_is_named() {
        let texts = seed(r#"{"senda/settings/language": "ca", "senda/self-care/reminder": "20:30"}"#).unwrap();
        let key = RecordKey::new("settings", "language");
        let stored = decode::<String>(&key, &texts["senda/settings/language"], None).unwrap();
        assert_eq!((stored.value.as_str(), stored.revision), ("ca", 1));

        let refused = seed(r#"{"senda/settings/language": "ca", "senda/settings/auto-lock": {"idle_seconds": 1}}"#);
        assert_eq!(refused.unwrap_err(), "senda/settings/auto-lock does not fit its kind");
        assert!(seed(r#"{"not-senda/x": 1}"#).unwrap_err().contains("not-senda/x"));
    }
}
