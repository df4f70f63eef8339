//! The social team's contacts from the organisation's settings, as links a
//! mentor can tap: shown on the About screen, and wherever Senda suggests
//! talking to the team.
use leptos::prelude::*;

use super::org_state::use_org;
use crate::i18n::*;
use crate::resources::link_check::{email_link, phone_link};
use crate::resources::translated::pick;
use leptos_i18n::Locale as _;

#[component]
pub fn SocialTeam() -> impl IntoView {
    let i18n = use_i18n();
    let org = use_org();
    move || {
        let language = i18n.get_locale().as_str();
        let contacts = org.config.with(|config| config.social_team.clone());
        if contacts.is_empty() {
            return view! { <p class="hint">{t!(i18n, team_none)}</p> }.into_any();
        }
        let rows = contacts
            .into_iter()
            .map(|contact| {
                let role = pick(&contact.role, language).map(str::to_owned);
                let hours = pick(&contact.hours, language).map(str::to_owned);
                let phone = contact.phone.as_deref().and_then(|phone| Some((phone.to_owned(), phone_link(phone)?)));
                let email = contact.email.as_deref().and_then(|email| Some((email.to_owned(), email_link(email)?)));
                view! {
                    <li class="contact">
                        <strong>{contact.name}</strong>
                        {role.map(|role| view! { <span>{role}</span> })}
                        {phone.map(|(number, link)| view! { <a class="button call" href=link>{number}</a> })}
                        {email.map(|(address, link)| view! { <a href=link>{address}</a> })}
                        {hours.map(|hours| view! { <span class="hint">{hours}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="contact-list">{rows}</ul> }.into_any()
    }
}
