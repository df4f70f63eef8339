//! Says so at once when this browser will not keep anything, before the user
//! writes a word she would lose, and when a change a closed tab cut short (a
//! passphrase change, a restore) could not be finished: her records are as
//! the tab left them, and Senda tries again at the next start or unlock.
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::local_storage;
use crate::ui::notice::Notice;
use crate::ui::storage_error_text::storage_error_text;
use crate::vault::vault_session::use_vault;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let problem = local_storage::availability().err();
    let unavailable = problem.map(|error| {
        view! { <Notice warning=true>{move || storage_error_text(i18n, &error)}</Notice> }
    });
    let unfinished = move || {
        vault.unfinished.get().map(|error| {
            view! {
                <Notice warning=true>{guide_t!(i18n, storage_unfinished)} " " {storage_error_text(i18n, &error)}</Notice>
            }
        })
    };
    (unavailable, unfinished)
}
