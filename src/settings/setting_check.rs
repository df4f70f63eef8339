//! What each stored setting may hold, checked like the organisation's
//! settings file whenever settings come from outside (a backup): a forged
//! file must not set auto-lock to a second, send quick exit to any address
//! or slip in a setting this Senda does not know.
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::backup::backup_reminder::BackupHistory;
use crate::safety::neutral_site;
use crate::vault::auto_lock::AutoLock;

/// The shortest and longest idle time a backup may set for auto-lock:
/// those offered in Settings.
pub const AUTO_LOCK_SECONDS: std::ops::RangeInclusive<u32> = 60..=30 * 60;

fn shaped<T: DeserializeOwned>(data: &Value) -> Option<T> {
    serde_json::from_value(data.clone()).ok()
}

/// Whether `data` is a value the setting `id` may hold.
pub fn is_valid(id: &str, data: &Value) -> bool {
    match id {
        "language" => shaped::<String>(data).is_some_and(|code| crate::language::parse(&code).is_some()),
        "auto-lock" => shaped::<AutoLock>(data).is_some_and(|auto| AUTO_LOCK_SECONDS.contains(&auto.idle_seconds)),
        "hide-on-leaving" => {
            shaped::<crate::vault::hide_on_leaving::HideOnLeaving>(data).is_some_and(|hide| hide.is_valid())
        }
        "quick-exit" => {
            shaped::<String>(data).is_some_and(|address| neutral_site::check(&address).as_deref() == Some(&*address))
        }
        "programme-start" => shaped::<String>(data).is_some_and(|day| crate::day::number(&day).is_some()),
        "lock-offer-dismissed" => shaped::<bool>(data).is_some(),
        "backup" => shaped::<BackupHistory>(data).is_some(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_in_their_bounds_pass() {
        for (id, data) in [
            ("language", json!("ca")),
            ("auto-lock", json!({"idle_seconds": 300})),
            ("hide-on-leaving", json!({"on": true, "after_seconds": 30})),
            ("quick-exit", json!("https://www.meteo.cat/")),
            ("programme-start", json!("2026-02-28")),
            ("lock-offer-dismissed", json!(true)),
            ("backup", json!({"last_backup_ms": 1, "reminder_dismissed_ms": null})),
        ] {
            assert!(is_valid(id, &data), "{id} {data}");
        }
    }

    #[test]
    fn forged_settings_are_refused_by_name() {
        for (id, data) in [
            ("auto-lock", json!({"idle_seconds": 0})),
            ("auto-lock", json!({"idle_seconds": 1})),
            ("auto-lock", json!({"idle_seconds": 86_400})),
            ("hide-on-leaving", json!({"on": true, "after_seconds": 100_000})),
            ("quick-exit", json!("http://tracker.example/")),
            ("quick-exit", json!("javascript:alert(1)")),
            ("quick-exit", json!(" https://padded.example/")),
            ("language", json!("xx")),
            ("programme-start", json!("2026-02-31")),
            ("lock-offer-dismissed", json!("yes")),
            ("something-new", json!(1)),
        ] {
            assert!(!is_valid(id, &data), "{id} {data}");
        }
    }
}
