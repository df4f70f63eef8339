//! The gentle suggestion to talk to someone, after a low WHO-5 score or a
//! clear drop: never a diagnosis, with the people and services of her plan
//! and her organisation's social team one tap away.
use leptos::prelude::*;

use super::plan::Plan;
use super::who5::SupportReason;
use crate::i18n::*;
use crate::organisation::social_team::SocialTeam;
use crate::resources::resource_state::use_resources;
use crate::resources::translated::pick;
use crate::router::Route;
use leptos_i18n::Locale as _;

#[component]
pub fn SupportSuggestion(reason: SupportReason, plan: Plan) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_resources();
    let people = plan
        .people_to_call()
        .into_iter()
        .map(|(line, link)| match link {
            Some(link) => view! { <li><a class="button call" href=link>{line}</a></li> }.into_any(),
            None => view! { <li>{line}</li> }.into_any(),
        })
        .collect_view();
    let services = plan.services.clone();
    let picked = move || {
        let language = i18n.get_locale().as_str();
        services
            .iter()
            .filter_map(|id| {
                let service = guide.find(id)?;
                let name = pick(&service.name, language).unwrap_or_default().to_owned();
                Some(view! { <li><a href=Route::Service(id.clone()).to_hash()>{name}</a></li> })
            })
            .collect_view()
    };
    view! {
        <section class="card support" aria-labelledby="support-heading">
            <h2 id="support-heading">{t!(i18n, support_heading)}</h2>
            {match reason {
                SupportReason::Low => view! { <p>{t!(i18n, support_text)}</p> }.into_any(),
                SupportReason::Dropped { by } => view! { <p>{t!(i18n, support_text_drop, points = move || by)}</p> }.into_any(),
            }}
            <ul class="call-list">{people}</ul>
            <ul>{picked}</ul>
            <h3>{t!(i18n, about_social_team)}</h3>
            <SocialTeam />
            <p><a href=Route::SelfCarePlan.to_hash()>{t!(i18n, support_open_plan)}</a></p>
        </section>
    }
}
