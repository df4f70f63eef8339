//! Choosing the page quick exit opens: one of Senda's neutral sites or the
//! organisation's, never a typed address (see `neutral_site`).
use leptos::prelude::*;

use super::neutral_site::OFFERED;
use super::quick_exit::{neutral_site, organisation_site, save_neutral_site};
use crate::i18n::*;
use crate::router::Route;
use crate::storage::store_handle::use_store;
use crate::ui::card::Card;
use crate::ui::notice::SaveOutcome;

#[component]
pub fn QuickExitSettings() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_store();
    let chosen = RwSignal::new(neutral_site(&storage.store()));
    let saved = RwSignal::new(None::<bool>);
    let organisation = organisation_site(&storage.store()).filter(|address| !OFFERED.contains(&address.as_str()));
    let choices: Vec<(String, bool)> = organisation
        .into_iter()
        .map(|address| (address, true))
        .chain(OFFERED.iter().map(|address| ((*address).to_owned(), false)))
        .collect();
    let choose = move |address: String| {
        let result = save_neutral_site(&storage.store(), &address);
        if result.is_ok() {
            chosen.set(address);
        }
        saved.set(Some(result.is_ok()));
    };
    view! {
        <Card id="quick-exit-heading" heading=Signal::derive(move || t_string!(i18n, quick_exit_heading).to_owned())>
            <p>{t!(i18n, quick_exit_explained)}</p>
            <fieldset class="choices">
                <legend>{t!(i18n, quick_exit_site)}</legend>
                {choices.into_iter().enumerate().map(|(index, (address, organisations))| {
                    let id = format!("neutral-site-{index}");
                    let value = address.clone();
                    let is_chosen = address.clone();
                    view! {
                        <p>
                            <input type="radio" name="neutral-site" id=id.clone() value=address.clone()
                                prop:checked=move || chosen.get() == is_chosen
                                on:change=move |_| choose(value.clone()) />
                            <label for=id>{address}
                                {organisations.then(|| view! { " "<span class="hint">{t!(i18n, quick_exit_organisation)}</span> })}
                            </label>
                        </p>
                    }
                }).collect_view()}
            </fieldset>
            <SaveOutcome saved>{t!(i18n, quick_exit_saved)}</SaveOutcome>
            <p><a href=Route::Safety.to_hash()>{t!(i18n, safety_tips_link)}</a></p>
        </Card>
    }
}
