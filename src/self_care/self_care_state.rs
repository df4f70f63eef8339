//! Self-care's records as its screens see them: every screen reads and
//! writes through this one handle, never the store itself, so the records'
//! rules (`self_care_store`) are the only way in and a screen mounted over
//! a `MemoryBackend` needs nothing else.
use std::collections::BTreeMap;

use super::activities::Activity;
use super::check_in::CheckIn;
use super::plan::Plan;
use super::self_care_store as records;
use super::who5::Who5;
use crate::day::Day;
use crate::storage::StorageError;
use crate::storage::store_handle::{StoreHandle, use_store};

#[derive(Clone, Copy)]
pub struct SelfCareState {
    storage: StoreHandle,
}

impl SelfCareState {
    pub fn check_ins(&self, days: &[Day]) -> Result<BTreeMap<Day, CheckIn>, StorageError> {
        records::check_ins(&self.storage.store(), days)
    }

    /// Today's check-in, if she made one.
    pub fn check_in_of(&self, day: Day) -> Result<Option<CheckIn>, StorageError> {
        Ok(self.check_ins(&[day])?.remove(&day))
    }

    pub fn save_check_in(&self, check_in: &CheckIn) -> Result<(), StorageError> {
        records::save_check_in(&self.storage.store(), check_in)
    }

    pub fn who5_results(&self) -> Result<Vec<Who5>, StorageError> {
        records::who5_results(&self.storage.store())
    }

    /// Every result, the new one among them.
    pub fn save_who5(&self, result: &Who5) -> Result<Vec<Who5>, StorageError> {
        records::save_who5(&self.storage.store(), result)
    }

    pub fn activities(&self) -> Result<Vec<Activity>, StorageError> {
        records::activities(&self.storage.store())
    }

    pub fn save_activities(&self, list: &[Activity]) -> Result<(), StorageError> {
        records::save_activities(&self.storage.store(), list)
    }

    pub fn plan(&self) -> Result<Plan, StorageError> {
        records::plan(&self.storage.store())
    }

    /// Her plan and the revision a later `save_plan` names.
    pub fn plan_as_read(&self) -> Result<(Plan, Option<u64>), StorageError> {
        records::plan_as_read(&self.storage.store())
    }

    pub fn save_plan(&self, plan: &Plan, read_at: Option<u64>) -> Result<u64, StorageError> {
        records::save_plan(&self.storage.store(), plan, read_at)
    }

    pub fn reminder(&self) -> Result<Option<String>, StorageError> {
        records::reminder(&self.storage.store())
    }

    pub fn save_reminder(&self, time: Option<&str>) -> Result<(), StorageError> {
        records::save_reminder(&self.storage.store(), time)
    }
}

/// Self-care's records, over the store the root provided.
pub fn use_self_care() -> SelfCareState {
    SelfCareState { storage: use_store() }
}
