//! "Recently deleted": a deleted entry stays 30 days, can be brought back,
//! and is then removed for good.
use super::entry::JournalEntry;
use super::journal_query::IndexedEntry;

pub const KEEP_DAYS: i64 = 30;

/// The entry moved to "recently deleted" at `now_ms`.
pub fn delete(entry: JournalEntry, now_ms: i64) -> JournalEntry {
    JournalEntry { deleted_ms: Some(now_ms), ..entry }
}

/// The entry brought back from "recently deleted".
pub fn restore(entry: JournalEntry) -> JournalEntry {
    JournalEntry { deleted_ms: None, ..entry }
}

/// Deleted more than 30 days ago: remove it for good.
pub fn is_expired(indexed: &IndexedEntry, now_ms: i64) -> bool {
    indexed.entry.deleted_ms.is_some_and(|deleted| now_ms - deleted > crate::day::days_ms(KEEP_DAYS))
}

/// Entries in "recently deleted", most recently deleted first.
pub fn recently_deleted(entries: &[IndexedEntry], now_ms: i64) -> Vec<&IndexedEntry> {
    let mut deleted: Vec<&IndexedEntry> =
        entries.iter().filter(|indexed| indexed.entry.deleted_ms.is_some() && !is_expired(indexed, now_ms)).collect();
    deleted.sort_by_key(|indexed| std::cmp::Reverse(indexed.entry.deleted_ms));
    deleted
}

/// Whole days left before a deleted entry goes for good (at least 0).
pub fn days_left(indexed: &IndexedEntry, now_ms: i64) -> i64 {
    let deleted = indexed.entry.deleted_ms.unwrap_or(now_ms);
    ((deleted + crate::day::days_ms(KEEP_DAYS) - now_ms) / crate::day::days_ms(1)).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::journal_query::tests::entry;

    const DAY_MS: i64 = 24 * 60 * 60 * 1000;

    #[test]
    fn a_deleted_entry_is_in_recently_deleted_until_restored() {
        let kept = entry("a", "2026-11-01T10:00", "t", "b", &[], None);
        let deleted = IndexedEntry::new(delete(kept.entry.clone(), DAY_MS), 2);
        assert_eq!(recently_deleted(std::slice::from_ref(&deleted), 2 * DAY_MS).len(), 1);
        assert_eq!(days_left(&deleted, 2 * DAY_MS), 29);
        assert_eq!(restore(deleted.entry), kept.entry);
    }

    #[test]
    fn a_deleted_entry_is_kept_thirty_days() {
        let mut e = entry("a", "2026-11-01T10:00", "t", "b", &[], None);
        e.entry.deleted_ms = Some(0);
        assert!(!is_expired(&e, 30 * DAY_MS));
        assert_eq!(days_left(&e, DAY_MS), 29);
        assert!(is_expired(&e, 30 * DAY_MS + 1));
        assert!(!is_expired(&entry("b", "2026-11-01T10:00", "t", "b", &[], None), i64::MAX));
    }

    #[test]
    fn the_most_recently_deleted_comes_first_and_expired_ones_are_gone() {
        let mut entries = vec![
            entry("old", "2026-11-01T10:00", "", "x", &[], None),
            entry("new", "2026-11-01T10:00", "", "x", &[], None),
            entry("kept", "2026-11-01T10:00", "", "x", &[], None),
            entry("gone", "2026-11-01T10:00", "", "x", &[], None),
        ];
        entries[0].entry.deleted_ms = Some(40 * DAY_MS);
        entries[1].entry.deleted_ms = Some(41 * DAY_MS);
        entries[3].entry.deleted_ms = Some(0);
        let ids: Vec<&str> = recently_deleted(&entries, 42 * DAY_MS).iter().map(|e| e.entry.id.as_str()).collect();
        assert_eq!(ids, ["new", "old"]);
    }
}
