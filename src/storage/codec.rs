//! The one place where records become stored text and back. Every read and
//! write of every feature passes through `encode` and `decode`, so the format,
//! its version and (with the lock) its encryption are decided here alone.
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::Value;

use super::migrations;
use super::record_key::RecordKey;

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

#[derive(Serialize, Deserialize)]
struct Envelope {
    v: u32,
    rev: u64,
    data: Value,
}

/// Why stored text could not be turned back into a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotAnEnvelope,
    NewerVersion(u32),
    Migration(String),
    Data(String),
}

pub fn encode<T: Serialize>(revision: u64, value: &T) -> Result<String, serde_json::Error> {
    let envelope = Envelope { v: SCHEMA_VERSION, rev: revision, data: serde_json::to_value(value)? };
    serde_json::to_string(&envelope)
}

/// Reads only the revision, so a write can check for a conflicting write from
/// another tab without knowing the record's type.
pub fn revision_of(raw: &str) -> Result<u64, DecodeError> {
    serde_json::from_str::<Envelope>(raw).map(|envelope| envelope.rev).map_err(|_| DecodeError::NotAnEnvelope)
}

pub fn decode<T: DeserializeOwned>(key: &RecordKey, raw: &str) -> Result<Stored<T>, DecodeError> {
    let envelope: Envelope = serde_json::from_str(raw).map_err(|_| DecodeError::NotAnEnvelope)?;
    if envelope.v > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(envelope.v));
    }
    let data = migrations::upgrade(key.namespace(), envelope.v, envelope.data).map_err(DecodeError::Migration)?;
    let value = serde_json::from_value(data).map_err(|error| DecodeError::Data(error.to_string()))?;
    Ok(Stored { value, revision: envelope.rev })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let raw = encode(7, &note).unwrap();
        assert_eq!(decode::<Note>(&key(), &raw), Ok(Stored { value: note, revision: 7 }));
        assert_eq!(revision_of(&raw), Ok(7));
    }

    #[test]
    fn text_that_is_not_ours_is_reported_not_guessed() {
        for raw in ["", "hello", "{}", "[1,2]", "{\"v\":1}", "{\"v\":\"1\",\"rev\":0,\"data\":{}}"] {
            assert_eq!(decode::<Note>(&key(), raw), Err(DecodeError::NotAnEnvelope), "{raw:?}");
        }
    }

    #[test]
    fn a_record_from_a_newer_senda_is_refused() {
        let raw = r#"{"v":99,"rev":1,"data":{"text":"x"}}"#;
        assert_eq!(decode::<Note>(&key(), raw), Err(DecodeError::NewerVersion(99)));
    }

    #[test]
    fn data_of_the_wrong_shape_is_reported() {
        let raw = r#"{"v":1,"rev":1,"data":{"words":"x"}}"#;
        assert!(matches!(decode::<Note>(&key(), raw), Err(DecodeError::Data(_))));
    }
}
