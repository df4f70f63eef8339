//! What became of a form's save, for every form that keeps her words: nothing
//! yet, kept, refused for the form's own reason, or not kept by storage. One
//! type and one notice, so every screen says it the same way and a screen
//! reader hears it the same way.
use leptos::prelude::*;
use leptos_i18n::I18nContext;

use super::notice::Notice;
use super::storage_error_text::StorageErrorNotice;
use crate::i18n::*;
use crate::storage::StorageError;

/// `Problem`: why the form's own check refused what she wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus<Problem> {
    Idle,
    Saved,
    Refused(Problem),
    Failed(StorageError),
}

impl<Problem> SaveStatus<Problem> {
    /// From a read or a write: nothing to say when it worked, unless
    /// `saved` (a write she asked for).
    pub fn after<T>(result: Result<T, StorageError>, saved: bool) -> Self {
        match result {
            Err(error) => SaveStatus::Failed(error),
            Ok(_) if saved => SaveStatus::Saved,
            Ok(_) => SaveStatus::Idle,
        }
    }
}

/// The notice for `status`: `saved` names what was kept, `refused` says why
/// the form's check refused it.
#[component]
pub fn SaveStatusNotice<Problem>(
    status: RwSignal<SaveStatus<Problem>>,
    saved: fn(I18nContext<Locale>) -> &'static str,
    refused: fn(I18nContext<Locale>, &Problem) -> &'static str,
) -> impl IntoView
where
    Problem: Clone + Send + Sync + 'static,
{
    let i18n = use_i18n();
    move || match status.get() {
        SaveStatus::Idle => None,
        SaveStatus::Saved => Some(view! { <Notice>{saved(i18n)}</Notice> }.into_any()),
        SaveStatus::Refused(problem) => {
            Some(view! { <Notice warning=true>{refused(i18n, &problem)}</Notice> }.into_any())
        }
        SaveStatus::Failed(error) => Some(view! { <StorageErrorNotice error /> }.into_any()),
    }
}
