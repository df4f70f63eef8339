//! The backup format: JSON with a header that says what it is
//! (`"format": "senda-backup"`, a version) and either the records in clear or,
//! with the lock on, the records sealed under the passphrase (its Argon2id
//! parameters are in the header, so the file opens on any device).
//!
//! Reading never trusts the file: size first, then the header, then the
//! version, then the seal, then every record. A clear file carries a
//! BLAKE2b checksum of its contents and a sealed one binds its header into
//! the seal, so a changed byte anywhere is an error, not altered data.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::storage::codec::SCHEMA_VERSION;
use crate::storage::sealing::{SealError, Sealer};
use crate::vault::vault_key::{KdfParams, VaultKey};

pub const FORMAT: &str = "senda-backup";
pub const VERSION: u32 = 1;
/// localStorage holds about 5 million characters; a backup of a full device
/// stays well under this.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// One record as kept in a backup: its version, revision and data in clear.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupRecord {
    pub v: u32,
    pub rev: u64,
    pub data: Value,
}

/// Records by their storage key (`senda/journal/<id>`).
pub type Records = BTreeMap<String, BackupRecord>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    TooLarge,
    NotABackup,
    NewerVersion,
    Damaged,
    NeedsPassphrase,
    WrongPassphrase,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    created_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    records: Option<Records>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    checksum: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kdf: Option<KdfParams>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sealed: Option<String>,
}

/// A file that passed every check, ready to show and to restore.
#[derive(Debug, PartialEq)]
pub struct Backup {
    pub created_ms: u64,
    pub records: Records,
}

/// The file's text. With `lock`, the records are sealed with the lock's key
/// and its parameters are written in the header.
pub fn write(records: &Records, created_ms: u64, lock: Option<(&KdfParams, &dyn Sealer)>) -> Result<String, SealError> {
    let file = match lock {
        None => File {
            format: FORMAT.into(),
            version: VERSION,
            created_ms,
            checksum: Some(checksum(VERSION, created_ms, records)),
            records: Some(records.clone()),
            kdf: None,
            sealed: None,
        },
        Some((kdf, key)) => {
            let clear = zeroize::Zeroizing::new(serde_json::to_vec(records).map_err(|_| SealError::Malformed)?);
            let sealed = key.seal(&header_binding(VERSION, created_ms, kdf), &clear)?;
            File {
                format: FORMAT.into(),
                version: VERSION,
                created_ms,
                records: None,
                checksum: None,
                kdf: Some(kdf.clone()),
                sealed: Some(sealed),
            }
        }
    };
    serde_json::to_string_pretty(&file).map_err(|_| SealError::Malformed)
}

/// Whether the file needs a passphrase (checked before asking for one).
pub fn is_sealed(text: &str) -> Result<bool, BackupError> {
    read_header(text).map(|file| file.sealed.is_some())
}

pub fn read(text: &str, passphrase: Option<&str>) -> Result<Backup, BackupError> {
    let file = read_header(text)?;
    let records = match (file.records, file.checksum, file.kdf, file.sealed) {
        (Some(records), Some(sum), None, None) if sum == checksum(file.version, file.created_ms, &records) => records,
        (None, None, Some(kdf), Some(sealed)) => {
            let passphrase = passphrase.ok_or(BackupError::NeedsPassphrase)?;
            let key = VaultKey::derive(passphrase, &kdf).map_err(|_| BackupError::Damaged)?;
            let binding = header_binding(file.version, file.created_ms, &kdf);
            let clear = key.open(&binding, &sealed).map_err(|error| match error {
                SealError::WrongKey => BackupError::WrongPassphrase,
                _ => BackupError::Damaged,
            })?;
            serde_json::from_slice(&clear).map_err(|_| BackupError::Damaged)?
        }
        _ => return Err(BackupError::Damaged),
    };
    if records.values().any(|record| record.v > SCHEMA_VERSION) {
        return Err(BackupError::NewerVersion);
    }
    Ok(Backup { created_ms: file.created_ms, records })
}

/// BLAKE2b-256 over the contents as serialised (maps are ordered, so the
/// same contents always give the same text), in hex.
fn checksum(version: u32, created_ms: u64, records: &Records) -> String {
    use blake2::{Blake2b, Digest, digest::consts::U32};
    let text = serde_json::to_string(&(version, created_ms, records)).unwrap_or_default();
    Blake2b::<U32>::digest(text.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// What a sealed file's seal covers besides the records: its whole header.
fn header_binding(version: u32, created_ms: u64, kdf: &KdfParams) -> Vec<u8> {
    serde_json::to_vec(&(FORMAT, version, created_ms, kdf)).unwrap_or_default()
}

fn read_header(text: &str) -> Result<File, BackupError> {
    if text.len() > MAX_BYTES {
        return Err(BackupError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(version) if version > u64::from(VERSION) => return Err(BackupError::NewerVersion),
        Some(1..) => {}
        _ => return Err(BackupError::Damaged),
    }
    serde_json::from_value(value).map_err(|_| BackupError::Damaged)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::vault::vault_key::tests::test_key;

    pub fn sample_records() -> Records {
        let mut records = Records::new();
        records.insert(
            "senda/journal/a".into(),
            BackupRecord { v: 1, rev: 2, data: serde_json::json!({"title": "Camión", "body": "l·l ñ"}) },
        );
        records.insert("senda/settings/language".into(), BackupRecord { v: 1, rev: 1, data: Value::from("ca") });
        records
    }

    #[test]
    fn a_clear_backup_reads_back_as_written() {
        let text = write(&sample_records(), 5, None).unwrap();
        assert!(text.contains("\"format\": \"senda-backup\""));
        assert_eq!(read(&text, None), Ok(Backup { created_ms: 5, records: sample_records() }));
    }

    #[test]
    fn a_sealed_backup_needs_its_passphrase() {
        let (key, kdf) = test_key("frase de paso");
        let text = write(&sample_records(), 5, Some((&kdf, &key))).unwrap();
        assert!(!text.contains("Camión"));
        assert_eq!(is_sealed(&text), Ok(true));
        assert_eq!(read(&text, None), Err(BackupError::NeedsPassphrase));
        assert_eq!(read(&text, Some("otra")), Err(BackupError::WrongPassphrase));
        assert_eq!(read(&text, Some("frase de paso")).unwrap().records, sample_records());
    }

    #[test]
    fn files_that_are_not_senda_backups_are_named_as_such() {
        assert_eq!(read("", None), Err(BackupError::NotABackup));
        assert_eq!(read("{\"format\":\"other\"}", None), Err(BackupError::NotABackup));
        assert_eq!(read("PK\u{3}\u{4} zip", None), Err(BackupError::NotABackup));
        assert_eq!(read("{\"format\":\"senda-backup\",\"version\":2}", None), Err(BackupError::NewerVersion));
        assert_eq!(read("{\"format\":\"senda-backup\"}", None), Err(BackupError::Damaged));
        let mut newer = sample_records();
        newer.values_mut().for_each(|record| record.v = 9);
        let newer_record = write(&newer, 1, None).unwrap();
        assert_eq!(read(&newer_record, None), Err(BackupError::NewerVersion));
        let big = format!("{{\"format\":\"senda-backup\",\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES));
        assert_eq!(read(&big, None), Err(BackupError::TooLarge));
    }
}

// proptest runs natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::sample_records;
    use super::*;
    use crate::vault::vault_key::tests::test_key;
    use proptest::prelude::*;

    fn records() -> impl Strategy<Value = Records> {
        proptest::collection::btree_map(
            "senda/(journal|settings|journal-drafts)/[a-z0-9-]{1,12}",
            ("\\PC{0,40}", 0u64..1_000_000, proptest::option::of("\\PC{0,20}")).prop_map(|(text, rev, tag)| {
                BackupRecord { v: 1, rev, data: serde_json::json!({ "text": text, "tag": tag }) }
            }),
            0..8,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever she wrote comes back exactly, in clear and sealed backups.
        #[test]
        fn a_backup_restores_to_exactly_the_same_data(records in records(), created in 0u64..4_000_000_000_000) {
            let clear = write(&records, created, None).unwrap();
            prop_assert_eq!(read(&clear, None).unwrap(), Backup { created_ms: created, records: records.clone() });
            let (key, kdf) = test_key("p");
            let sealed = write(&records, created, Some((&kdf, &key))).unwrap();
            prop_assert_eq!(read(&sealed, Some("p")).unwrap().records, records);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// Truncated, bit-flipped, re-versioned or inflated files: each gets
        /// an error, never a panic and never altered data.
        #[test]
        fn malformed_files_are_refused_without_a_panic(
            cut in 0usize..2_000,
            flips in proptest::collection::vec((0usize..2_000, 0u8..8), 0..4),
            version in prop_oneof![Just(1u64), 0u64..5, Just(u64::MAX)],
            huge in prop_oneof![Just(None), Just(Some("4294967295")), Just(Some("18446744073709551615")), Just(Some("1e999"))],
            sealed_file in any::<bool>(),
        ) {
            let (key, kdf) = test_key("p");
            let lock = sealed_file.then_some((&kdf, &key as &dyn Sealer));
            let original = write(&sample_records(), 1, lock).unwrap();
            let mut text = original.replace("\"version\": 1", &format!("\"version\": {version}"));
            if let Some(number) = huge {
                text = text.replacen("\"rev\": 2", &format!("\"rev\": {number}"), 1).replacen("\"memory_kib\": 64", &format!("\"memory_kib\": {number}"), 1);
            }
            let injected = text != original;
            let cut = if cut % 3 != 0 { cut.min(text.len().saturating_sub(1)) } else { usize::MAX };
            let damaged = crate::text::damage::damaged(&text, cut, &flips);
            if damaged != original {
                let refused = read(&damaged, Some("p"));
                prop_assert!(refused.is_err(), "accepted: {}", damaged);
                // Only the version or a number changed: that is what is named.
                if damaged == text && injected {
                    // In the order the reader checks: JSON, version, then
                    // the checksum or the seal.
                    let expected = match (version, huge) {
                        (_, Some("1e999")) => BackupError::NotABackup,
                        (2.., _) => BackupError::NewerVersion,
                        _ => BackupError::Damaged,
                    };
                    prop_assert_eq!(refused, Err(expected), "version {} huge {:?}", version, huge);
                }
            }
        }
    }
}
