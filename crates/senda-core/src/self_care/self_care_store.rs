//! Where the self-care records live, all in the private namespace
//! `self-care` (sealed when the lock is on): a record per month of
//! check-ins, one for the WHO-5 results, one each for her activities, her
//! plan and her reminder time. Every change re-reads the record just before
//! writing and names its revision, so two tabs never undo each other.
use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

use super::activities::{Activity, starting_list};
use super::check_in::{CheckIn, Month};
use super::plan::Plan;
use super::who5::Who5;
use crate::day::Day;
use crate::storage::store::Backend;
use crate::storage::{Expect, RecordKey, StorageError, Store};

pub const NAMESPACE: &str = "self-care";

fn key(id: &str) -> RecordKey {
    RecordKey::new(NAMESPACE, id)
}

fn month_key(month: &str) -> RecordKey {
    key(&format!("month-{month}"))
}

fn load_or_default<B: Backend, T: DeserializeOwned + Default>(store: &Store<B>, id: &str) -> Result<T, StorageError> {
    Ok(store.load::<T>(&key(id))?.map(|stored| stored.value).unwrap_or_default())
}

/// The check-ins of the given days (any order), read month by month.
pub fn check_ins<B: Backend>(store: &Store<B>, days: &[Day]) -> Result<BTreeMap<Day, CheckIn>, StorageError> {
    let mut months: Vec<String> = days.iter().map(|day| day.month_text()).collect();
    months.sort_unstable();
    months.dedup();
    let mut found = BTreeMap::new();
    for month in months {
        if let Some(stored) = store.load::<Month>(&month_key(&month))? {
            found.extend(stored.value.into_iter().filter(|(day, _)| days.contains(day)));
        }
    }
    Ok(found)
}

pub fn save_check_in<B: Backend>(store: &Store<B>, check_in: &CheckIn) -> Result<(), StorageError> {
    store
        .update::<Month>(&month_key(&check_in.day.month_text()), |month| {
            month.insert(check_in.day, check_in.clone());
        })
        .map(|_| ())
}

pub fn who5_results<B: Backend>(store: &Store<B>) -> Result<Vec<Who5>, StorageError> {
    load_or_default(store, "who5")
}

/// Adds a result; one taken again the same day replaces that day's.
pub fn save_who5<B: Backend>(store: &Store<B>, result: &Who5) -> Result<Vec<Who5>, StorageError> {
    store.update::<Vec<Who5>>(&key("who5"), |results| {
        results.retain(|known| known.day != result.day);
        results.push(result.clone());
        results.sort_by_key(|result| result.day);
    })
}

/// Her list, or the starting one until she changes it.
pub fn activities<B: Backend>(store: &Store<B>) -> Result<Vec<Activity>, StorageError> {
    Ok(store.load::<Vec<Activity>>(&key("activities"))?.map_or_else(starting_list, |stored| stored.value))
}

pub fn save_activities<B: Backend>(store: &Store<B>, list: &[Activity]) -> Result<(), StorageError> {
    store.update::<Vec<Activity>>(&key("activities"), |stored| *stored = list.to_vec()).map(|_| ())
}

pub fn plan<B: Backend>(store: &Store<B>) -> Result<Plan, StorageError> {
    load_or_default(store, "plan")
}

/// Her plan and the revision it was read at (None: never saved).
pub fn plan_as_read<B: Backend>(store: &Store<B>) -> Result<(Plan, Option<u64>), StorageError> {
    Ok(store
        .load::<Plan>(&key("plan"))?
        .map_or((Plan::default(), None), |stored| (stored.value, Some(stored.revision))))
}

/// Writes her plan over the one read at `read_at`: if another tab saved
/// since, nothing is written (`StorageError::Conflict`). Answers the new revision.
pub fn save_plan<B: Backend>(store: &Store<B>, plan: &Plan, read_at: Option<u64>) -> Result<u64, StorageError> {
    store.save(&key("plan"), plan, read_at.map_or(Expect::Absent, Expect::Revision))
}

/// "20:30", or None when she has not asked for a reminder.
pub fn reminder<B: Backend>(store: &Store<B>) -> Result<Option<String>, StorageError> {
    load_or_default(store, "reminder")
}

pub fn save_reminder<B: Backend>(store: &Store<B>, time: Option<&str>) -> Result<(), StorageError> {
    store.save(&key("reminder"), &time, Expect::Latest).map(|_| ())
}

/// For a backup: whether a stored self-care record has the shape of its
/// kind, and how many check-ins it holds.
pub fn check_ins_in(id: &str, data: &serde_json::Value) -> Option<usize> {
    use serde::Deserialize;
    if let Some(month) = id.strip_prefix("month-") {
        let found = Month::deserialize(data).ok()?;
        let fits = found.iter().all(|(day, check_in)| *day == check_in.day && day.month_text() == month);
        return fits.then_some(found.len());
    }
    let fits = match id {
        "who5" => Vec::<Who5>::deserialize(data).is_ok(),
        "activities" => Vec::<Activity>::deserialize(data).is_ok(),
        "plan" => Plan::deserialize(data).is_ok(),
        "reminder" => Option::<String>::deserialize(data).is_ok(),
        _ => false,
    };
    fits.then_some(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::day::day;
    use crate::storage::store::memory::MemoryBackend;

    #[test]
    fn a_plan_saved_in_another_tab_is_never_overwritten_unseen() {
        let store = Store::new(MemoryBackend::default());
        let (_, never) = plan_as_read(&store).unwrap();
        let mine = Plan { warning_signs: "I stop sleeping".into(), ..Plan::default() };
        let first = save_plan(&store, &mine, never).unwrap();
        let other_tab = Plan { warning_signs: "from the other tab".into(), ..Plan::default() };
        save_plan(&store, &other_tab, Some(first)).unwrap();
        assert!(matches!(save_plan(&store, &mine, Some(first)), Err(StorageError::Conflict { .. })));
        assert!(matches!(save_plan(&store, &mine, never), Err(StorageError::Conflict { .. })));
        assert_eq!(plan(&store).unwrap(), other_tab);
    }

    #[test]
    fn a_check_in_is_kept_in_its_month_and_today_can_be_changed() {
        let store = Store::new(MemoryBackend::default());
        let mut today = CheckIn { mood: Some(2), ..CheckIn::blank(day("2026-11-30")) };
        save_check_in(&store, &CheckIn { mood: Some(4), ..CheckIn::blank(day("2026-12-01")) }).unwrap();
        save_check_in(&store, &today).unwrap();
        today.mood = Some(3);
        save_check_in(&store, &today).unwrap();
        let found = check_ins(&store, &[day("2026-11-30"), day("2026-12-01")]).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[&day("2026-11-30")].mood, Some(3));
        assert_eq!(
            store.load_namespace::<serde_json::Value>(NAMESPACE).unwrap().records.len(),
            2,
            "one record per month"
        );
    }

    #[test]
    fn a_month_that_cannot_be_read_is_never_written_over() {
        let backend = MemoryBackend::default();
        backend.set("senda/self-care/month-2026-11", "{not json").unwrap();
        let store = Store::new(&backend);
        assert!(save_check_in(&store, &CheckIn { mood: Some(3), ..CheckIn::blank(day("2026-11-30")) }).is_err());
        assert_eq!(backend.get("senda/self-care/month-2026-11").unwrap().as_deref(), Some("{not json"));
    }

    #[test]
    fn backups_hold_only_records_of_a_known_shape() {
        let month = serde_json::json!({"2026-11-30": {"day": "2026-11-30", "mood": 3}});
        assert_eq!(check_ins_in("month-2026-11", &month), Some(1));
        assert_eq!(check_ins_in("month-2026-12", &month), None, "a day filed in another month");
        let not_a_day = serde_json::json!({"2026-11-31": {"day": "2026-11-31", "mood": 3}});
        assert_eq!(check_ins_in("month-2026-11", &not_a_day), None, "a day the calendar does not have");
        assert_eq!(check_ins_in("who5", &serde_json::json!([{"day": "2026-02-30", "answers": [1, 1, 1, 1, 1]}])), None);
        assert_eq!(check_ins_in("plan", &serde_json::json!({"warning_signs": "tired"})), Some(0));
        assert_eq!(check_ins_in("plan", &serde_json::json!([1])), None);
        assert_eq!(check_ins_in("secrets", &serde_json::json!({})), None);
    }

    #[test]
    fn who5_results_stay_in_order_one_per_day() {
        let store = Store::new(MemoryBackend::default());
        save_who5(&store, &Who5::new(day("2026-11-29"), [3; 5]).unwrap()).unwrap();
        save_who5(&store, &Who5::new(day("2026-11-01"), [4; 5]).unwrap()).unwrap();
        let results = save_who5(&store, &Who5::new(day("2026-11-29"), [2; 5]).unwrap()).unwrap();
        assert_eq!(
            results.iter().map(|r| (r.day, r.raw())).collect::<Vec<_>>(),
            [(day("2026-11-01"), 20), (day("2026-11-29"), 10)]
        );
    }

    #[test]
    fn the_starting_activities_until_she_changes_them() {
        let store = Store::new(MemoryBackend::default());
        assert_eq!(activities(&store).unwrap(), starting_list());
        save_activities(&store, &starting_list()[..2]).unwrap();
        assert_eq!(activities(&store).unwrap().len(), 2);
    }
}
