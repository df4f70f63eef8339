//! The words for each storage failure, in the user's language: what happened
//! and what to do; and the one paragraph every screen shows them in.
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::StorageError;
use crate::ui::notice::Notice;
use leptos_i18n::I18nContext;

pub fn storage_error_text(i18n: I18nContext<Locale>, error: &StorageError) -> &'static str {
    match error {
        StorageError::Unavailable => guide_t_string!(i18n, storage_unavailable),
        StorageError::QuotaExceeded => guide_t_string!(i18n, storage_quota),
        StorageError::Unreadable { .. } => guide_t_string!(i18n, storage_unreadable),
        StorageError::Conflict { .. } => guide_t_string!(i18n, storage_conflict),
        StorageError::Locked => guide_t_string!(i18n, storage_locked),
    }
}

/// A storage failure as every screen shows it: a warning read out at once.
#[component]
pub fn StorageErrorNotice(error: StorageError) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Notice warning=true>{storage_error_text(i18n, &error)}</Notice> }
}
