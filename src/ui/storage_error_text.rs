//! The words for each storage failure, in the user's language: what happened
//! and what to do.
use crate::i18n::*;
use crate::storage::StorageError;
use leptos_i18n::I18nContext;

pub fn storage_error_text(i18n: I18nContext<Locale>, error: &StorageError) -> &'static str {
    match error {
        StorageError::Unavailable => t_string!(i18n, storage_unavailable),
        StorageError::QuotaExceeded => t_string!(i18n, storage_quota),
        StorageError::Unreadable { .. } => t_string!(i18n, storage_unreadable),
        StorageError::Conflict { .. } => t_string!(i18n, storage_conflict),
        StorageError::Locked => t_string!(i18n, storage_locked),
    }
}
