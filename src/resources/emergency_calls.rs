//! The top of the guide's first screen: whose guide it is, the emergency
//! numbers one tap away and whether the guide could be read. A shared
//! guide's program draws this before anything else (`shell::guide_app`);
//! the search and the list follow it.
use leptos::prelude::*;

use super::guide_layers::call_for_help;
use super::link_check::phone_link;
use super::resource_state::{PackLoad, use_resources};
use super::translated::pick;
use crate::i18n::*;
use crate::organisation::organisation_intro::OrganisationIntro;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use leptos_i18n::Locale as _;

#[component]
pub fn EmergencyCalls() -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_resources();
    // Only the trusted packs' numbers: a file anyone imported cannot put a
    // number here (guide_layers).
    let calls = move || {
        let language = i18n.get_locale().as_str();
        guide.trusted.with(|trusted| {
            call_for_help(trusted)
                .into_iter()
                .map(|(service, phone)| {
                    let name = pick(&service.name, language).unwrap_or_default().to_owned();
                    view! { <li><a class="button call" href=phone_link(&phone.number)>{name}</a></li> }
                })
                .collect_view()
        })
    };
    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, nav_resources).to_owned()) />
        <OrganisationIntro />
        <section aria-labelledby="emergency-heading" class="emergency">
            <h2 id="emergency-heading">{guide_t!(i18n, resources_emergency)}</h2>
            <ul class="call-list">{calls}</ul>
            <p class="hint">{guide_t!(i18n, resources_call_trace)}</p>
        </section>
        {move || match guide.load.get() {
            PackLoad::Failed => Some(view! { <Notice warning=true>{guide_t!(i18n, resources_unavailable)}</Notice> }.into_any()),
            PackLoad::Requested | PackLoad::Loading => Some(view! { <Notice>{guide_t!(i18n, resources_loading)}</Notice> }.into_any()),
            PackLoad::Ready if guide.language_not_kept.get() => {
                Some(view! { <Notice warning=true>{guide_t!(i18n, resources_language_not_kept)}</Notice> }.into_any())
            }
            PackLoad::Ready => None,
        }}
    }
}
