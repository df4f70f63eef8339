//! The one place where records become stored text and back. Every read and
//! write of every feature passes through `encode` and `decode`, so the format,
//! its version and (with the lock) its encryption are decided here alone.
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::value::RawValue;

use super::migrations;
use super::record_key::RecordKey;
use super::sealing::{SealError, Sealer};

/// The version of the record format written today. A record with a higher
/// version came from a newer Senda: it is reported, kept, and never rewritten.
pub const SCHEMA_VERSION: u32 = 1;

/// A decoded record with the revision it was stored at. The revision lets a
/// save notice that another tab wrote the same record in between.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored<T> {
    pub value: T,
    pub revision: u64,
}

/// `data` in clear, or `sealed` (base64 of nonce and ciphertext) with the
/// lock on. Version and revision stay readable: migrations and the check for
/// another tab's write must work without the key.
///
/// `data` stays text until its type reads it, so each record type is read
/// from text only: a second way in, through `serde_json::Value`, would
/// compile every type's reading twice into the first download.
#[derive(Serialize, Deserialize)]
struct Envelope {
    v: u32,
    rev: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sealed: Option<String>,
}

/// Why stored text could not be turned back into a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotAnEnvelope,
    NewerVersion(u32),
    /// Sealed, and the app is locked.
    Locked,
    /// Sealed, and the key does not open it: another key, or altered.
    Sealed(SealError),
    Migration(String),
    Data(String),
}

#[derive(Debug)]
pub enum EncodeError {
    Json(serde_json::Error),
    Seal(SealError),
}

/// What a sealed record is bound to: its key, version and revision, so it
/// cannot be moved to another record or passed off as another revision.
fn binding(key: &RecordKey, version: u32, revision: u64) -> Vec<u8> {
    format!("{key}|{version}|{revision}").into_bytes()
}

/// The stored text of a record; sealed when `sealer` is given.
pub fn encode<T: Serialize>(
    key: &RecordKey,
    revision: u64,
    value: &T,
    sealer: Option<&dyn Sealer>,
) -> Result<String, EncodeError> {
    let envelope = match sealer {
        None => {
            let data = serde_json::value::to_raw_value(value).map_err(EncodeError::Json)?;
            Envelope { v: SCHEMA_VERSION, rev: revision, data: Some(data), sealed: None }
        }
        Some(sealer) => {
            let clear = zeroize::Zeroizing::new(serde_json::to_vec(value).map_err(EncodeError::Json)?);
            let sealed = sealer.seal(&binding(key, SCHEMA_VERSION, revision), &clear).map_err(EncodeError::Seal)?;
            Envelope { v: SCHEMA_VERSION, rev: revision, data: None, sealed: Some(sealed) }
        }
    };
    serde_json::to_string(&envelope).map_err(EncodeError::Json)
}

/// Reads only the revision, so a write can check for a conflicting write from
/// another tab without knowing the record's type or holding the key.
/// The revision of stored text, read without the key. A record from a newer
/// Senda has none this version may build on: such a record is never replaced.
pub fn revision_of(raw: &str) -> Result<u64, DecodeError> {
    let envelope = serde_json::from_str::<Envelope>(raw).map_err(|_| DecodeError::NotAnEnvelope)?;
    if envelope.v > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(envelope.v));
    }
    Ok(envelope.rev)
}

/// Whether stored text is sealed, without opening it.
pub fn is_sealed(raw: &str) -> bool {
    serde_json::from_str::<Envelope>(raw).is_ok_and(|envelope| envelope.sealed.is_some())
}

pub fn decode<T: DeserializeOwned>(
    key: &RecordKey,
    raw: &str,
    opener: Option<&dyn Sealer>,
) -> Result<Stored<T>, DecodeError> {
    let envelope: Envelope = serde_json::from_str(raw).map_err(|_| DecodeError::NotAnEnvelope)?;
    if envelope.v > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(envelope.v));
    }
    let opened;
    let data = match (&envelope.data, envelope.sealed) {
        (Some(data), None) => data.get(),
        (None, Some(sealed)) => {
            let opener = opener.ok_or(DecodeError::Locked)?;
            let clear = opener.open(&binding(key, envelope.v, envelope.rev), &sealed).map_err(DecodeError::Sealed)?;
            opened = clear;
            std::str::from_utf8(&opened).map_err(|error| DecodeError::Data(error.to_string()))?
        }
        _ => return Err(DecodeError::NotAnEnvelope),
    };
    let data = migrations::upgrade_text(key.namespace(), envelope.v, data).map_err(DecodeError::Migration)?;
    let value = serde_json::from_str(&data).map_err(|error| DecodeError::Data(error.to_string()))?;
    Ok(Stored { value, revision: envelope.rev })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::vault_key::tests::test_key;

    #[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
    struct Note {
        text: String,
    }

    fn key() -> RecordKey {
        RecordKey::new("journal", "a")
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let note = Note { text: "Camión, l·l, ñ, ç — \"quoted\"\nnew line".into() };
        let raw = encode(&key(), 7, &note, None).unwrap();
        assert_eq!(decode::<Note>(&key(), &raw, None), Ok(Stored { value: note, revision: 7 }));
        assert_eq!(revision_of(&raw), Ok(7));
    }

    #[test]
    fn text_that_is_not_ours_is_reported_not_guessed() {
        for raw in ["", "hello", "{}", "[1,2]", "{\"v\":1}", "{\"v\":\"1\",\"rev\":0,\"data\":{}}"] {
            assert_eq!(decode::<Note>(&key(), raw, None), Err(DecodeError::NotAnEnvelope), "{raw:?}");
        }
    }

    #[test]
    fn a_record_from_a_newer_senda_is_refused() {
        let raw = r#"{"v":99,"rev":1,"data":{"text":"x"}}"#;
        assert_eq!(decode::<Note>(&key(), raw, None), Err(DecodeError::NewerVersion(99)));
    }

    #[test]
    fn data_of_the_wrong_shape_is_reported() {
        let raw = r#"{"v":1,"rev":1,"data":{"words":"x"}}"#;
        assert!(matches!(decode::<Note>(&key(), raw, None), Err(DecodeError::Data(_))));
    }

    #[test]
    fn a_sealed_record_shows_no_text_and_opens_only_with_the_key() {
        let (sealer, _) = test_key("p");
        let note = Note { text: "MARKER-7731 camión".into() };
        let raw = encode(&key(), 3, &note, Some(&sealer)).unwrap();
        assert!(!raw.contains("MARKER") && !raw.contains("cami"));
        assert!(is_sealed(&raw));
        assert_eq!(revision_of(&raw), Ok(3));
        assert_eq!(decode::<Note>(&key(), &raw, None), Err(DecodeError::Locked));
        assert_eq!(decode::<Note>(&key(), &raw, Some(&sealer)), Ok(Stored { value: note, revision: 3 }));
        let (other, _) = test_key("p");
        assert_eq!(decode::<Note>(&key(), &raw, Some(&other)), Err(DecodeError::Sealed(SealError::WrongKey)));
    }

    #[test]
    fn a_sealed_record_moved_to_another_key_or_revision_is_refused() {
        let (sealer, _) = test_key("p");
        let raw = encode(&key(), 3, &Note { text: "x".into() }, Some(&sealer)).unwrap();
        let elsewhere = RecordKey::new("journal", "b");
        assert_eq!(decode::<Note>(&elsewhere, &raw, Some(&sealer)), Err(DecodeError::Sealed(SealError::WrongKey)));
        let other_revision = raw.replace("\"rev\":3", "\"rev\":4");
        assert_eq!(
            decode::<Note>(&key(), &other_revision, Some(&sealer)),
            Err(DecodeError::Sealed(SealError::WrongKey))
        );
    }

    #[test]
    fn clear_records_stay_readable_while_unlocked() {
        let (sealer, _) = test_key("p");
        let raw = encode(&key(), 1, &Note { text: "x".into() }, None).unwrap();
        assert!(!is_sealed(&raw));
        assert!(decode::<Note>(&key(), &raw, Some(&sealer)).is_ok());
    }
}
