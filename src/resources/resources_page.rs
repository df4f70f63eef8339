//! The guide's first screen: emergency numbers one tap away
//! (`emergency_calls`), then search, categories and filters over every
//! service (`service_finder`), and for a mentor her own entries and imports.
use leptos::prelude::*;

use super::emergency_calls::EmergencyCalls;
use super::own_services_section::OwnServicesSection;
use super::pack_import::PackImport;
use super::resource_state::use_resources;
use super::service_finder::ServiceFinder;
use super::share_link::ShareLink;
use crate::i18n::*;
use crate::router::Route;
use crate::vault::vault_session::use_vault;

/// `shared`: opened from a link a mentor shared (`#/guide`), so its links stay
/// in the guide and nothing else of Senda is offered.
#[component]
pub fn ResourcesPage(shared: bool) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_resources();
    let vault = use_vault();
    view! {
        <EmergencyCalls />
        <ServiceFinder shared />
        {(!shared).then(|| view! {
            <ShareLink route=Route::Guide title=Signal::derive(move || guide_t_string!(i18n, nav_resources).to_owned()) />
            // While locked the guide is for reading: whoever holds the phone
            // cannot add to what her mentees will read on it.
            <Show when=move || !vault.is_locked() fallback=move || view! { <p class="hint">{t!(i18n, resources_locked_changes)}</p> }>
                <OwnServicesSection guide />
                <PackImport guide />
            </Show>
        })}
    }
}
