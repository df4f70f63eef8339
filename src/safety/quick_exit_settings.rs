//! Choosing the page quick exit opens.
use leptos::prelude::*;

use super::neutral_site;
use super::quick_exit::{neutral_site, save_neutral_site};
use crate::i18n::*;
use crate::router::Route;
use crate::ui::card::Card;
use crate::ui::notice::Notice;

#[derive(Clone, Copy, PartialEq)]
enum Saved {
    Not,
    Yes,
    Refused,
    Failed,
}

#[component]
pub fn QuickExitSettings() -> impl IntoView {
    let i18n = use_i18n();
    let address = RwSignal::new(neutral_site());
    let saved = RwSignal::new(Saved::Not);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        saved.set(match neutral_site::check(&address.get_untracked()) {
            None => Saved::Refused,
            Some(checked) => match save_neutral_site(&checked) {
                Ok(()) => {
                    address.set(checked);
                    Saved::Yes
                }
                Err(_) => Saved::Failed,
            },
        });
    };
    view! {
        <Card id="quick-exit-heading" heading=Signal::derive(move || t_string!(i18n, quick_exit_heading).to_owned())>
            <p>{t!(i18n, quick_exit_explained)}</p>
            <form class="stack" on:submit=save>
                <label for="neutral-site">{t!(i18n, quick_exit_site)}</label>
                <input id="neutral-site" type="url" inputmode="url" prop:value=move || address.get()
                    on:input=move |event| address.set(event_target_value(&event)) />
                <button type="submit">{t!(i18n, quick_exit_save)}</button>
            </form>
            {move || match saved.get() {
                Saved::Not => None,
                Saved::Yes => Some(view! { <Notice>{t!(i18n, quick_exit_saved)}</Notice> }.into_any()),
                Saved::Refused => Some(view! { <Notice warning=true>{t!(i18n, quick_exit_refused)}</Notice> }.into_any()),
                Saved::Failed => Some(view! { <Notice warning=true>{t!(i18n, storage_unavailable)}</Notice> }.into_any()),
            }}
            <p><a href=Route::Safety.to_hash()>{t!(i18n, safety_tips_link)}</a></p>
        </Card>
    }
}
