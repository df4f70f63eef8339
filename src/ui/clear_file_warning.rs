//! Before Senda hands over something anyone can read (a Markdown export, a
//! printout, a backup made without a passphrase): one sentence on what that
//! means, and the choice. Downloads lists and print queues are among the
//! traces someone checking her phone looks at, and Senda cannot remove them.
use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::notice::Notice;

/// Shown while `asked` is true; `go` runs when she chooses to go on.
#[component]
pub fn ClearFileWarning(asked: RwSignal<bool>, go: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || asked.get()>
            <Notice warning=true block=true>
                <p>{t!(i18n, clear_file_warning)}</p>
                <p class="actions">
                    <button type="button" on:click=move |_| { asked.set(false); go.run(()); }>{t!(i18n, clear_file_go)}</button>
                    <button type="button" class="secondary" on:click=move |_| asked.set(false)>{t!(i18n, backup_cancel)}</button>
                </p>
            </Notice>
        </Show>
    }
}
