//! Says so at once when this browser will not keep anything, before the user
//! writes a word she would lose.
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::local_storage;
use crate::ui::storage_error_text::storage_error_text;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let problem = local_storage::availability().err();
    problem.map(|error| {
        view! { <p class="notice notice-warning" role="alert">{move || storage_error_text(i18n, &error)}</p> }
    })
}
