//! What each stored setting may hold, checked like the organisation's
//! settings file whenever settings come from outside (a backup): a forged
//! file must not set auto-lock to a second, send quick exit to any address
//! or slip in a setting this Senda does not know. Each value is only one
//! that Settings itself offers, and a restore lists every one it changes.
use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::backup::backup_reminder::BackupHistory;
use crate::language::Language;
use crate::safety::disguise::Disguise;
use crate::safety::neutral_site;
use crate::safety::wipe_after_tries::WipeAfterTries;
use crate::vault::auto_lock::AutoLock;
use crate::vault::hide_on_leaving::HideOnLeaving;

use super::setting_id::SettingId;

/// A stored setting, by what it means.
#[derive(Clone, Debug, PartialEq)]
pub enum Setting {
    Language(Language),
    AutoLock(AutoLock),
    HideOnLeaving(HideOnLeaving),
    QuickExit(String),
    /// The programme's first day, "2026-02-28".
    ProgrammeStart(String),
    LockOfferDismissed(bool),
    Backup(BackupHistory),
    Disguise(Disguise),
    WipeAfterTries(WipeAfterTries),
}

fn shaped<T: DeserializeOwned>(data: &Value) -> Option<T> {
    serde_json::from_value(data.clone()).ok()
}

impl Setting {
    /// The setting `id` holding `data`, if it is a value Settings offers.
    /// `organisation_quick_exit`: the address the organisation's settings
    /// name, which quick exit may also open.
    pub fn parse(id: &str, data: &Value, organisation_quick_exit: Option<&str>) -> Option<Setting> {
        match SettingId::parse(id)? {
            SettingId::Language => {
                shaped::<String>(data).and_then(|code| Language::parse(&code)).map(Setting::Language)
            }
            SettingId::AutoLock => shaped::<AutoLock>(data).filter(AutoLock::is_valid).map(Setting::AutoLock),
            SettingId::HideOnLeaving => {
                shaped::<HideOnLeaving>(data).filter(HideOnLeaving::is_valid).map(Setting::HideOnLeaving)
            }
            SettingId::QuickExit => shaped::<String>(data)
                .filter(|address| neutral_site::is_allowed(address, organisation_quick_exit))
                .map(Setting::QuickExit),
            SettingId::ProgrammeStart => {
                shaped::<String>(data).filter(|day| crate::day::Day::parse(day).is_some()).map(Setting::ProgrammeStart)
            }
            SettingId::LockOfferDismissed => shaped::<bool>(data).map(Setting::LockOfferDismissed),
            SettingId::Backup => shaped::<BackupHistory>(data).map(Setting::Backup),
            SettingId::Disguise => shaped::<String>(data).and_then(|id| Disguise::parse(&id)).map(Setting::Disguise),
            SettingId::WipeAfterTries => {
                shaped::<WipeAfterTries>(data).filter(WipeAfterTries::is_valid).map(Setting::WipeAfterTries)
            }
        }
    }

    /// Whether she would notice it: the reminder's and the offer's own
    /// bookkeeping is not a choice she made.
    fn is_a_choice(&self) -> bool {
        !matches!(self, Setting::LockOfferDismissed(_) | Setting::Backup(_))
    }
}

/// A choice a restore changes: what it will be, or None where the backup
/// has none and the setting goes back to how Senda starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub id: String,
    pub becomes: Option<Setting>,
}

/// Every choice that differs between the settings on the device and those a
/// restore writes (which replace them all), in the order of their ids.
pub fn changes(on_device: &BTreeMap<String, Setting>, restored: &BTreeMap<String, Setting>) -> Vec<Change> {
    let ids: std::collections::BTreeSet<&String> = on_device.keys().chain(restored.keys()).collect();
    ids.into_iter()
        .filter(|id| on_device.get(*id) != restored.get(*id))
        .filter(|id| on_device.get(*id).or(restored.get(*id)).is_some_and(Setting::is_a_choice))
        .map(|id| Change { id: id.clone(), becomes: restored.get(id).cloned() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ORGANISATION: Option<&str> = Some("https://www.aemet.es/");

    #[test]
    fn settings_that_settings_offers_pass() {
        for (id, data) in [
            ("language", json!("ca")),
            ("auto-lock", json!({"idle_seconds": 300})),
            ("hide-on-leaving", json!({"on": true, "after_seconds": 30})),
            ("hide-on-leaving", json!({"on": false, "after_seconds": 0})),
            ("quick-exit", json!("https://www.meteo.cat/")),
            ("quick-exit", json!("https://www.aemet.es/")),
            ("programme-start", json!("2026-02-28")),
            ("lock-offer-dismissed", json!(true)),
            ("backup", json!({"last_backup_ms": 1, "reminder_dismissed_ms": null})),
            ("disguise", json!("recipes")),
            ("wipe-after-tries", json!({"after": 10})),
            ("wipe-after-tries", json!({"after": null})),
        ] {
            assert!(Setting::parse(id, &data, ORGANISATION).is_some(), "{id} {data}");
        }
    }

    #[test]
    fn forged_settings_are_refused_by_name() {
        for (id, data) in [
            ("auto-lock", json!({"idle_seconds": 0})),
            ("auto-lock", json!({"idle_seconds": 1})),
            ("auto-lock", json!({"idle_seconds": 86_400})),
            ("hide-on-leaving", json!({"on": true, "after_seconds": 3_600})),
            ("hide-on-leaving", json!({"on": true, "after_seconds": 100_000})),
            ("quick-exit", json!("https://tracker.example/?id=42")),
            ("quick-exit", json!("http://tracker.example/")),
            ("quick-exit", json!("javascript:alert(1)")),
            ("quick-exit", json!(" https://www.meteo.cat/")),
            ("language", json!("xx")),
            ("programme-start", json!("2026-02-31")),
            ("lock-offer-dismissed", json!("yes")),
            ("disguise", json!("../evil")),
            ("wipe-after-tries", json!({"after": 1})),
            ("wipe-after-tries", json!({"after": 0})),
            ("something-new", json!(1)),
        ] {
            assert_eq!(Setting::parse(id, &data, ORGANISATION), None, "{id} {data}");
        }
        assert_eq!(Setting::parse("quick-exit", &json!("https://www.aemet.es/"), None), None, "another organisation's");
    }

    #[test]
    fn a_restore_names_each_choice_it_changes_and_only_those() {
        let settings = |pairs: &[(&str, Setting)]| -> BTreeMap<String, Setting> {
            pairs.iter().map(|(id, setting)| ((*id).to_owned(), setting.clone())).collect()
        };
        let off = Setting::HideOnLeaving(HideOnLeaving { on: false, after_seconds: 30 });
        let on_device = settings(&[
            ("language", Setting::Language(Language::Ca)),
            ("quick-exit", Setting::QuickExit("https://www.meteo.cat/".into())),
            ("backup", Setting::Backup(BackupHistory::default())),
        ]);
        let restored = settings(&[
            ("language", Setting::Language(Language::Ca)),
            ("hide-on-leaving", off.clone()),
            ("lock-offer-dismissed", Setting::LockOfferDismissed(true)),
        ]);
        assert_eq!(
            changes(&on_device, &restored),
            vec![
                Change { id: "hide-on-leaving".into(), becomes: Some(off) },
                Change { id: "quick-exit".into(), becomes: None },
            ]
        );
        assert_eq!(changes(&restored, &restored), vec![]);
    }
}
