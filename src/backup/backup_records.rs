//! Which records a backup holds, and the check every record of a backup
//! passes before a restore may write anything.
use std::collections::BTreeMap;

use serde_json::Value;

use super::backup_file::{BackupRecord, Records};
use crate::journal::draft::Draft;
use crate::journal::entry::JournalEntry;
use crate::journal::journal_store::{DRAFTS, NAMESPACE as JOURNAL};
use crate::storage::migrations;
use crate::storage::store::Backend;
use crate::storage::{RecordKey, StorageError, Store};

/// Everything a mentor keeps; the lock's own records are not data. A feature
/// that stores records adds its namespace here and a check below.
pub const BACKED_UP: [&str; 3] = [JOURNAL, DRAFTS, "settings"];

/// What a backup holds, shown before she decides to restore it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub journal_entries: usize,
    pub drafts: usize,
    pub settings: usize,
}

/// The records to back up, and how many could not be read (left out; they
/// stay on the device untouched).
pub fn collect<B: Backend>(store: &Store<B>) -> Result<(Records, usize), StorageError> {
    let mut records = Records::new();
    let mut unreadable = 0;
    for namespace in BACKED_UP {
        let loaded = store.load_namespace::<Value>(namespace)?;
        unreadable += loaded.unreadable.len();
        for (key, stored) in loaded.records {
            let record =
                BackupRecord { v: crate::storage::codec::SCHEMA_VERSION, rev: stored.revision, data: stored.value };
            records.insert(key.to_string(), record);
        }
    }
    Ok((records, unreadable))
}

/// Every record must belong to Senda, be of a kind this version knows, and
/// have the shape of that kind; one that does not stops the whole restore.
pub fn check(records: &Records) -> Result<Summary, String> {
    let mut summary = Summary::default();
    for (raw_key, record) in records {
        let key =
            RecordKey::parse(raw_key).filter(|key| BACKED_UP.contains(&key.namespace())).ok_or(raw_key.clone())?;
        let data = migrations::upgrade(key.namespace(), record.v, record.data.clone()).map_err(|_| raw_key.clone())?;
        let fits = match key.namespace() {
            JOURNAL => serde_json::from_value::<JournalEntry>(data).is_ok_and(|entry| entry.id == key.id()),
            DRAFTS => serde_json::from_value::<Draft>(data).is_ok(),
            _ => true,
        };
        if !fits {
            return Err(raw_key.clone());
        }
        match key.namespace() {
            JOURNAL => summary.journal_entries += 1,
            DRAFTS => summary.drafts += 1,
            _ => summary.settings += 1,
        }
    }
    Ok(summary)
}

/// The stored text of each record, sealed when the lock is on, ready for
/// `restore::replace_all`.
pub fn encode_all<B: Backend>(store: &Store<B>, records: &Records) -> Result<BTreeMap<String, String>, StorageError> {
    records
        .iter()
        .filter_map(|(raw_key, record)| RecordKey::parse(raw_key).map(|key| (key, record)))
        .map(|(key, record)| Ok((key.to_string(), store.encode(&key, record.rev, &record.data)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::journal_query::tests::entry;
    use crate::journal::journal_store;
    use crate::storage::store::memory::MemoryBackend;

    #[test]
    fn collected_records_pass_the_check_and_are_counted() {
        let store = Store::new(MemoryBackend::default());
        journal_store::save(&store, &entry("a", "2026-11-01T10:00", "t", "b", &[], None).entry, None).unwrap();
        crate::language::remember_choice(&store, crate::i18n::Locale::es).unwrap();
        let (records, unreadable) = collect(&store).unwrap();
        assert_eq!(unreadable, 0);
        assert_eq!(check(&records), Ok(Summary { journal_entries: 1, drafts: 0, settings: 1 }));
    }

    #[test]
    fn a_record_of_an_unknown_kind_or_shape_stops_the_restore() {
        let record = |data: Value| BackupRecord { v: 1, rev: 1, data };
        let mut foreign = Records::new();
        foreign.insert("senda/vault/meta".into(), record(Value::Null));
        assert_eq!(check(&foreign), Err("senda/vault/meta".into()));
        let mut misshapen = Records::new();
        misshapen.insert("senda/journal/a".into(), record(serde_json::json!({"title": 5})));
        assert_eq!(check(&misshapen), Err("senda/journal/a".into()));
        let mut moved = Records::new();
        let entry = entry("b", "2026-11-01T10:00", "", "x", &[], None).entry;
        moved.insert("senda/journal/a".into(), record(serde_json::to_value(entry).unwrap()));
        assert_eq!(check(&moved), Err("senda/journal/a".into()), "an entry filed under another id");
    }
}
