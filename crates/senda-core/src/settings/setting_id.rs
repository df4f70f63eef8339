//! Every setting Senda stores, by name. Each owner names its record through
//! this list, and a restore's check (`setting_check`) knows exactly these,
//! so a setting cannot be written under one name and checked under another.
use crate::storage::RecordKey;

/// Readable with the lock on: a mentee's language, quick exit's page and
/// the lock's own choices are needed before any unlock.
pub const NAMESPACE: &str = "settings";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingId {
    Language,
    AutoLock,
    HideOnLeaving,
    QuickExit,
    ProgrammeStart,
    LockOfferDismissed,
    Backup,
    Disguise,
    WipeAfterTries,
}

impl SettingId {
    pub const ALL: [SettingId; 9] = [
        SettingId::Language,
        SettingId::AutoLock,
        SettingId::HideOnLeaving,
        SettingId::QuickExit,
        SettingId::ProgrammeStart,
        SettingId::LockOfferDismissed,
        SettingId::Backup,
        SettingId::Disguise,
        SettingId::WipeAfterTries,
    ];

    /// The record's id, as stored since the first version.
    pub fn id(self) -> &'static str {
        match self {
            SettingId::Language => "language",
            SettingId::AutoLock => "auto-lock",
            SettingId::HideOnLeaving => "hide-on-leaving",
            SettingId::QuickExit => "quick-exit",
            SettingId::ProgrammeStart => "programme-start",
            SettingId::LockOfferDismissed => "lock-offer-dismissed",
            SettingId::Backup => "backup",
            SettingId::Disguise => "disguise",
            SettingId::WipeAfterTries => "wipe-after-tries",
        }
    }

    pub fn parse(id: &str) -> Option<SettingId> {
        SettingId::ALL.into_iter().find(|setting| setting.id() == id)
    }

    pub fn key(self) -> RecordKey {
        RecordKey::new(NAMESPACE, self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_setting_has_its_own_record_and_reads_back_from_its_id() {
        let keys: std::collections::BTreeSet<String> = SettingId::ALL.map(|setting| setting.key().to_string()).into();
        assert_eq!(keys.len(), SettingId::ALL.len());
        assert!(keys.contains("senda/settings/auto-lock"));
        for setting in SettingId::ALL {
            assert_eq!(SettingId::parse(setting.id()), Some(setting));
        }
        assert_eq!(SettingId::parse("reminder"), None, "the reminder is a self-care record");
    }
}
