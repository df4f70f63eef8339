//! The organisation's name and short description, from its settings file:
//! on the About screen and on the guide's first screen, so a mentee knows
//! whose guide she is reading. Nothing when the organisation gave no name.
use leptos::prelude::*;

use super::org_state::use_org;
use crate::i18n::*;
use crate::resources::translated::pick;
use leptos_i18n::Locale as _;

#[component]
pub fn OrganisationIntro() -> impl IntoView {
    let i18n = use_i18n();
    let org = use_org();
    move || {
        let language = i18n.get_locale().as_str();
        org.config.with(|config| {
            (!config.name.is_empty()).then(|| {
                let description = pick(&config.description, language).map(str::to_owned);
                view! {
                    <div class="organisation">
                        <p class="lead">{config.name.clone()}</p>
                        {description.map(|text| view! { <p class="pack-text">{text}</p> })}
                    </div>
                }
            })
        })
    }
}
