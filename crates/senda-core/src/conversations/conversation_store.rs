//! Where conversations live: one record per conversation in the private
//! namespace `conversations` (sealed with the lock), so saving one never
//! rewrites the others; her checklist changes and an imported template in
//! `checklist`; the programme's start date in `settings`.
use serde::Deserialize;

use super::checklist::{Checklist, MyChanges};
use super::conversation::Conversation;
use crate::settings::setting_id::SettingId;
use crate::storage::store::Backend;
use crate::storage::{Expect, RecordKey, StorageError, Store};

pub const NAMESPACE: &str = "conversations";
pub const CHECKLIST: &str = "checklist";

fn conversation_key(id: &str) -> RecordKey {
    RecordKey::new(NAMESPACE, id)
}

fn changes_key() -> RecordKey {
    RecordKey::new(CHECKLIST, "changes")
}

fn template_key() -> RecordKey {
    RecordKey::new(CHECKLIST, "template")
}

/// Every readable conversation, newest first, with its revision; the
/// number that could not be read is returned too (they stay untouched).
pub fn all<B: Backend>(store: &Store<B>) -> Result<(Vec<(Conversation, u64)>, usize), StorageError> {
    let loaded = store.load_namespace::<Conversation>(NAMESPACE)?;
    let mut found: Vec<(Conversation, u64)> =
        loaded.records.into_iter().map(|(_, stored)| (stored.value, stored.revision)).collect();
    found.sort_by(|(a, _), (b, _)| b.day.cmp(&a.day).then_with(|| b.id.cmp(&a.id)));
    Ok((found, loaded.unreadable.len()))
}

pub fn load<B: Backend>(store: &Store<B>, id: &str) -> Result<Option<(Conversation, u64)>, StorageError> {
    Ok(store.load::<Conversation>(&conversation_key(id))?.map(|stored| (stored.value, stored.revision)))
}

/// Saves it, naming the revision it was read at (None: a new record), and
/// returns the new revision; another tab's change meanwhile is a conflict.
/// The conversations whose record links to a journal entry: the way back
/// from the entry to the mentoring it is about.
pub fn linking_to<B: Backend>(store: &Store<B>, entry_id: &str) -> Result<Vec<Conversation>, StorageError> {
    let (all, _) = all(store)?;
    Ok(all
        .into_iter()
        .map(|(conversation, _)| conversation)
        .filter(|c| c.journal_entries.iter().any(|id| id == entry_id))
        .collect())
}

pub fn save<B: Backend>(
    store: &Store<B>,
    conversation: &Conversation,
    read_at: Option<u64>,
) -> Result<u64, StorageError> {
    let expect = read_at.map_or(Expect::Absent, Expect::Revision);
    store.save(&conversation_key(&conversation.id), conversation, expect)
}

pub fn changes<B: Backend>(store: &Store<B>) -> Result<MyChanges, StorageError> {
    Ok(store.load::<MyChanges>(&changes_key())?.map(|stored| stored.value).unwrap_or_default())
}

/// Applies `change` to her changes as stored now (another tab may have
/// added to them), and writes them back naming the revision it read; a
/// record that cannot be read, or one from a newer Senda, is never replaced.
pub fn change_changes<B: Backend>(
    store: &Store<B>,
    change: impl FnOnce(&mut MyChanges),
) -> Result<MyChanges, StorageError> {
    store.update(&changes_key(), change)
}

/// The organisation's checklist she imported, if any (else Senda's own).
pub fn template<B: Backend>(store: &Store<B>) -> Result<Option<Checklist>, StorageError> {
    Ok(store.load::<Checklist>(&template_key())?.map(|stored| stored.value))
}

/// Keeps an imported checklist; her changes to items it no longer has are
/// kept too, harmless, in case she goes back.
pub fn save_template<B: Backend>(store: &Store<B>, checklist: Option<&Checklist>) -> Result<(), StorageError> {
    match checklist {
        Some(checklist) => store.save(&template_key(), checklist, Expect::Latest).map(|_| ()),
        None => store.remove(&template_key(), Expect::Latest),
    }
}

pub fn programme_start<B: Backend>(store: &Store<B>) -> Option<String> {
    store.load::<String>(&SettingId::ProgrammeStart.key()).ok().flatten().map(|stored| stored.value)
}

pub fn save_programme_start<B: Backend>(store: &Store<B>, day: &str) -> Result<(), StorageError> {
    store.save(&SettingId::ProgrammeStart.key(), &day, Expect::Latest).map(|_| ())
}

/// For a backup: whether a record of these namespaces has its kind's shape.
pub fn fits(namespace: &str, id: &str, data: &serde_json::Value) -> bool {
    match (namespace, id) {
        (NAMESPACE, id) => Conversation::deserialize(data).is_ok_and(|conversation| conversation.id == id),
        (CHECKLIST, "changes") => MyChanges::deserialize(data).is_ok(),
        (CHECKLIST, "template") => serde_json::to_string(data).is_ok_and(|text| super::checklist::read(&text).is_ok()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::memory::MemoryBackend;

    fn talk(id: &str, day: &str) -> Conversation {
        Conversation { alias: "Rosa".into(), ..Conversation::new(id, crate::day::Day::parse(day).unwrap()) }
    }

    #[test]
    fn an_entry_finds_the_conversations_that_link_to_it_and_no_other() {
        let store = Store::new(MemoryBackend::default());
        let linked = Conversation { journal_entries: vec!["entry-1".into()], ..talk("c-1", "2026-11-02") };
        let other = Conversation { journal_entries: vec!["entry-10".into()], ..talk("c-2", "2026-11-03") };
        for conversation in [&linked, &other, &talk("c-3", "2026-11-04")] {
            save(&store, conversation, None).unwrap();
        }
        assert_eq!(linking_to(&store, "entry-1").unwrap(), [linked]);
    }

    #[test]
    fn a_change_to_her_checklist_keeps_what_another_tab_changed() {
        let store = Store::new(MemoryBackend::default());
        change_changes(&store, |changes| {
            changes.hidden.insert("pace".into());
        })
        .unwrap();
        // Another tab, which read nothing, hides a second item.
        let both = change_changes(&store, |changes| {
            changes.hidden.insert("ready".into());
        })
        .unwrap();
        assert_eq!(both.hidden.len(), 2);
        assert_eq!(changes(&store).unwrap(), both);
        store.backend().set("senda/checklist/changes", r#"{"v":9,"rev":3,"data":{}}"#).unwrap();
        assert!(change_changes(&store, |changes| changes.hidden.clear()).is_err(), "a newer Senda's record stays");
    }

    #[test]
    fn conversations_are_listed_newest_first_and_two_tabs_do_not_overwrite_each_other() {
        let store = Store::new(MemoryBackend::default());
        let first = save(&store, &talk("a", "2026-11-01"), None).unwrap();
        save(&store, &talk("b", "2026-11-20"), None).unwrap();
        let (all, unreadable) = all(&store).unwrap();
        assert_eq!(all.iter().map(|(c, _)| c.id.as_str()).collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(unreadable, 0);
        let mut tab_one = talk("a", "2026-11-01");
        tab_one.finished = true;
        save(&store, &tab_one, Some(first)).unwrap();
        assert!(matches!(save(&store, &talk("a", "2026-11-01"), Some(first)), Err(StorageError::Conflict { .. })));
        assert!(load(&store, "a").unwrap().unwrap().0.finished);
    }

    #[test]
    fn backups_check_each_record_against_its_kind() {
        let conversation = serde_json::to_value(talk("a", "2026-11-01")).unwrap();
        assert!(fits(NAMESPACE, "a", &conversation));
        assert!(!fits(NAMESPACE, "b", &conversation), "filed under another id");
        assert!(fits(CHECKLIST, "changes", &serde_json::json!({"hidden": ["pace"]})));
        assert!(!fits(CHECKLIST, "template", &serde_json::json!({"format": "nope"})));
        assert!(!fits(CHECKLIST, "other", &serde_json::json!({})));
    }
}
