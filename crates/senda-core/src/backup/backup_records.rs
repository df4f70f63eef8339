//! Which records a backup holds, and the check every record of a backup
//! passes before a restore may write anything.
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use super::backup_file::{BackupRecord, Records};
use crate::conversations::conversation_store::{self, CHECKLIST, NAMESPACE as CONVERSATIONS};
use crate::journal::draft::Draft;
use crate::journal::entry::JournalEntry;
use crate::journal::journal_store::{DRAFTS, NAMESPACE as JOURNAL};
use crate::resources::guide_records::{self, NAMESPACE as RESOURCES};
use crate::self_care::self_care_store::{self, NAMESPACE as SELF_CARE};
use crate::settings::setting_check::Setting;
use crate::settings::setting_id::NAMESPACE as SETTINGS;
use crate::storage::codec::SCHEMA_VERSION;
use crate::storage::migrations;
use crate::storage::store::Backend;
use crate::storage::{RecordKey, StorageError, Store};

/// Everything a mentor keeps; the lock's own records are not data. A feature
/// that stores records adds its namespace here and a check below.
pub const BACKED_UP: [&str; 7] = [JOURNAL, DRAFTS, SETTINGS, RESOURCES, SELF_CARE, CONVERSATIONS, CHECKLIST];

/// What a backup holds, shown before she decides to restore it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub journal_entries: usize,
    pub drafts: usize,
    /// Services she added or imported.
    pub services: usize,
    pub check_ins: usize,
    pub conversations: usize,
    /// By id, each a value Settings offers.
    pub settings: BTreeMap<String, Setting>,
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
            let record = BackupRecord { v: SCHEMA_VERSION, rev: stored.revision, data: stored.value };
            records.insert(key.to_string(), record);
        }
    }
    Ok((records, unreadable))
}

/// Every record must belong to Senda, be of a kind this version knows, and
/// have the shape of that kind; one that does not stops the whole restore.
/// `organisation_quick_exit`: the one address besides Senda's own neutral
/// sites that a backup may give quick exit.
pub fn check(records: &Records, organisation_quick_exit: Option<&str>) -> Result<Summary, String> {
    let mut summary = Summary::default();
    for (raw_key, record) in records {
        let key =
            RecordKey::parse(raw_key).filter(|key| BACKED_UP.contains(&key.namespace())).ok_or(raw_key.clone())?;
        let data = upgraded(&key, record).ok_or(raw_key.clone())?;
        match key.namespace() {
            JOURNAL if JournalEntry::deserialize(&data).is_ok_and(|entry| entry.id == key.id()) => {
                summary.journal_entries += 1
            }
            DRAFTS if Draft::deserialize(&data).is_ok() => summary.drafts += 1,
            JOURNAL | DRAFTS => return Err(raw_key.clone()),
            RESOURCES => summary.services += guide_records::services_in(key.id(), data).ok_or(raw_key.clone())?,
            CONVERSATIONS | CHECKLIST if !conversation_store::fits(key.namespace(), key.id(), &data) => {
                return Err(raw_key.clone());
            }
            CONVERSATIONS => summary.conversations += 1,
            CHECKLIST => {}
            SELF_CARE => summary.check_ins += self_care_store::check_ins_in(key.id(), &data).ok_or(raw_key.clone())?,
            SETTINGS => {
                let setting = Setting::parse(key.id(), &data, organisation_quick_exit).ok_or(raw_key.clone())?;
                summary.settings.insert(key.id().to_owned(), setting);
            }
            _ => return Err(raw_key.clone()),
        }
    }
    Ok(summary)
}

/// The settings on this device that a restore would replace; a stored one
/// Settings would not offer counts as not set.
pub fn settings_on<B: Backend>(store: &Store<B>, organisation_quick_exit: Option<&str>) -> BTreeMap<String, Setting> {
    let Ok(loaded) = store.load_namespace::<Value>(SETTINGS) else { return BTreeMap::new() };
    loaded
        .records
        .into_iter()
        .filter_map(|(key, stored)| {
            Setting::parse(key.id(), &stored.value, organisation_quick_exit)
                .map(|setting| (key.id().to_owned(), setting))
        })
        .collect()
}

/// A backed-up record's data in today's shape, upgraded from the version it
/// was written at; None for one from a newer Senda, which this one cannot know.
fn upgraded(key: &RecordKey, record: &BackupRecord) -> Option<Value> {
    if record.v > SCHEMA_VERSION {
        return None;
    }
    migrations::upgrade(key.namespace(), record.v, record.data.clone()).ok()
}

/// The stored text of each (checked) record in today's shape, sealed when the
/// lock is on, ready for `restore::replace_all`.
pub fn encode_all<B: Backend>(store: &Store<B>, records: &Records) -> Result<BTreeMap<String, String>, StorageError> {
    records
        .iter()
        .filter_map(|(raw_key, record)| RecordKey::parse(raw_key).map(|key| (key, record)))
        .map(|(key, record)| {
            let data = upgraded(&key, record).ok_or_else(|| StorageError::Unreadable { key: key.to_string() })?;
            Ok((key.to_string(), store.encode(&key, record.rev, &data)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversations::conversation::Conversation;
    use crate::day::Day;
    use crate::journal::journal_query::tests::entry;
    use crate::journal::journal_store;
    use crate::storage::store::memory::MemoryBackend;

    #[test]
    fn collected_records_pass_the_check_and_are_counted() {
        let store = Store::new(MemoryBackend::default());
        journal_store::save(&store, &entry("a", "2026-11-01T10:00", "t", "b", &[], None).entry, None).unwrap();
        crate::language::remember_choice(&store, crate::language::Language::Es).unwrap();
        let (records, unreadable) = collect(&store).unwrap();
        assert_eq!(unreadable, 0);
        assert_eq!(
            check(&records, None),
            Ok(Summary {
                journal_entries: 1,
                drafts: 0,
                services: 0,
                check_ins: 0,
                conversations: 0,
                settings: BTreeMap::from([("language".to_owned(), Setting::Language(crate::language::Language::Es))]),
            })
        );
    }

    #[test]
    fn her_own_services_are_backed_up_and_checked_like_a_pack() {
        let store = Store::new(MemoryBackend::default());
        let form = crate::resources::own_service::ServiceForm {
            name: "Clinic".into(),
            category: "health".into(),
            description: "Walk in".into(),
            website: "https://clinic.example.org".into(),
            ..Default::default()
        };
        let service = form.to_service("own-1", "en", "2026-11-29").unwrap();
        store.save(&guide_records::own_key(), &vec![service.clone()], crate::storage::Expect::Absent).unwrap();
        let (mut records, _) = collect(&store).unwrap();
        assert_eq!(check(&records, None).map(|summary| summary.services), Ok(1));
        let mut unsafe_service = service;
        unsafe_service.url = Some("javascript:alert(1)".into());
        records.get_mut("senda/resources/own").unwrap().data = serde_json::to_value(vec![unsafe_service]).unwrap();
        assert_eq!(check(&records, None), Err("senda/resources/own".into()));
    }

    #[test]
    fn a_record_of_an_unknown_kind_or_shape_stops_the_restore() {
        let record = |data: Value| BackupRecord { v: 1, rev: 1, data };
        let mut foreign = Records::new();
        foreign.insert("senda/vault/meta".into(), record(Value::Null));
        assert_eq!(check(&foreign, None), Err("senda/vault/meta".into()));
        let mut misshapen = Records::new();
        misshapen.insert("senda/journal/a".into(), record(serde_json::json!({"title": 5})));
        assert_eq!(check(&misshapen, None), Err("senda/journal/a".into()));
        let mut moved = Records::new();
        let elsewhere = entry("b", "2026-11-01T10:00", "", "x", &[], None).entry;
        moved.insert("senda/journal/a".into(), record(serde_json::to_value(elsewhere).unwrap()));
        assert_eq!(check(&moved, None), Err("senda/journal/a".into()), "an entry filed under another id");
        let mut newer = Records::new();
        let future = entry("a", "2026-11-01T10:00", "", "x", &[], None).entry;
        newer.insert(
            "senda/journal/a".into(),
            BackupRecord { v: 2, rev: 1, data: serde_json::to_value(future).unwrap() },
        );
        assert_eq!(check(&newer, None), Err("senda/journal/a".into()), "a record from a newer Senda");
        let mut forged = Records::new();
        forged.insert("senda/settings/auto-lock".into(), record(serde_json::json!({"idle_seconds": 0})));
        assert_eq!(check(&forged, None), Err("senda/settings/auto-lock".into()), "a setting out of bounds");
        let mut elsewhere = Records::new();
        elsewhere.insert("senda/settings/quick-exit".into(), record(serde_json::json!("https://tracker.example/")));
        assert_eq!(check(&elsewhere, None), Err("senda/settings/quick-exit".into()), "a site Senda does not offer");
        assert!(check(&elsewhere, Some("https://tracker.example/")).is_ok(), "unless the organisation names it");
        let mut no_such_day = Records::new();
        no_such_day.insert(
            "senda/journal/a".into(),
            record({
                let mut stored =
                    serde_json::to_value(entry("a", "2026-02-28T10:00", "", "x", &[], None).entry).unwrap();
                stored["written_at"] = "2026-02-31T10:00".into();
                stored
            }),
        );
        assert_eq!(check(&no_such_day, None), Err("senda/journal/a".into()), "an entry dated 31 February");
        for (key, data) in [
            ("senda/self-care/month-2026-02", serde_json::json!({"2026-02-29": {"day": "2026-02-29", "mood": 3}})),
            ("senda/self-care/who5", serde_json::json!([{"day": "2026-02-30", "answers": [3, 3, 3, 3, 3]}])),
            ("senda/conversations/c1", {
                let mut talk =
                    serde_json::to_value(Conversation::new("c1", Day::parse("2026-04-30").unwrap())).unwrap();
                talk["day"] = "2026-04-31".into();
                talk
            }),
        ] {
            let mut records = Records::new();
            records.insert(key.into(), record(data));
            assert_eq!(check(&records, None), Err(key.into()), "a day that does not exist in {key}");
        }
    }
}
