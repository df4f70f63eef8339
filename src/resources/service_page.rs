//! One service in full: what it offers, who can use it, how, what it costs,
//! when, where (a link that opens the phone's map app), phones as `tel:`
//! links, email, website, languages, when it was last checked and its source.
//! Every field is pack text shown as text, never as HTML.
use leptos::prelude::*;

use super::link_check::{check, email_link, map_link};
use super::listen_button::ListenButton;
use super::origin_mark::OriginMark;
use super::phone_channel::{Channel, contact_link};
use super::read_aloud::script;
use super::resource_state::{PackLoad, category_name, use_resources};
use super::share_link::ShareLink;
use super::translated::{Translated, pick};
use crate::i18n::*;
use crate::platform::{intl, location};
use crate::router::Route;
use crate::storage::StorageError;
use crate::ui::card::Card;
use crate::ui::card::EmptyState;
use crate::ui::ltr_numbers::LtrNumbers;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use crate::vault::vault_session::use_vault;
use leptos_i18n::Locale as _;

#[component]
pub fn ServicePage(id: String, shared: bool) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_resources();
    let back = if shared { Route::Guide } else { Route::Resources }.to_hash();
    let service = {
        let id = id.clone();
        Memo::new(move |_| {
            guide.load.track();
            guide.find(&id)
        })
    };
    let title = Signal::derive(move || {
        let language = i18n.get_locale().as_str();
        service
            .get()
            .and_then(|service| pick(&service.name, language).map(str::to_owned))
            .unwrap_or_else(|| guide_t_string!(i18n, resources_not_found).to_owned())
    });

    let body = move || {
        let language = i18n.get_locale().as_str();
        let locale = i18n.get_locale();
        let Some(service) = service.get() else {
            return (guide.load.get() == PackLoad::Ready)
                .then(|| view! { <EmptyState>{guide_t!(i18n, resources_not_found_text)}</EmptyState> }.into_any());
        };
        let text = |field: &Translated| pick(field, language).map(str::to_owned);
        let section = move |heading: &'static str, value: Option<String>| {
            value.map(|value| view! { <h2>{heading}</h2><p class="pack-text"><LtrNumbers text=value /></p> })
        };
        let how_of = move |channel: Channel| match channel {
            Channel::Voice => guide_t_string!(i18n, phone_call),
            Channel::WhatsApp => guide_t_string!(i18n, phone_whatsapp),
            Channel::Sms => guide_t_string!(i18n, phone_sms),
            Channel::TextPhone => guide_t_string!(i18n, phone_text_phone),
        };
        let phones = service
            .phones
            .iter()
            .filter_map(|phone| {
                let link = contact_link(phone)?;
                let note = pick(&phone.description, language).map(|note| format!(" ({note})"));
                let how = how_of(Channel::of(phone)?);
                Some(view! { <li>{how}": "<a href=link dir="ltr">{phone.number.clone()}</a>{note}</li> })
            })
            .collect_view();
        let addresses = service
            .locations
            .iter()
            .flat_map(|location| location.addresses.iter())
            .map(|address| {
                let line = address.one_line();
                view! { <li>{line.clone()}" " <a href=map_link(&line)>{guide_t!(i18n, resources_open_map)}</a></li> }
            })
            .collect_view();
        let documents = service
            .required_documents
            .iter()
            .filter_map(&text)
            .map(|document| view! { <li><LtrNumbers text=document /></li> })
            .collect_view();
        let hours: Vec<String> = service.schedules.iter().filter_map(|schedule| text(&schedule.description)).collect();
        let listen = {
            let spoken_phones: Vec<(String, String)> = service
                .phones
                .iter()
                .filter_map(|phone| {
                    let how = how_of(Channel::of(phone)?);
                    Some((how.to_owned(), phone.number.clone()))
                })
                .collect();
            script(&title.get(), text(&service.description).as_deref(), &hours, &spoken_phones)
        };
        let schedules = hours.into_iter().map(|line| view! { <li><LtrNumbers text=line /></li> }).collect_view();
        let website = service.url.as_deref().and_then(check);
        let email = service.email.as_deref().and_then(|email| email_link(email).map(|link| (email.to_owned(), link)));
        let source = check(&service.source_url);
        let checked =
            intl::long_date(language, &js_sys::Date::new(&format!("{}T12:00:00", service.assured_date).into()));
        let checked = match service.source_date.as_deref().map(|date| intl::partial_date(language, date)) {
            Some(dated) => guide_t!(
                i18n,
                resources_checked_dated,
                date = move || checked.clone(),
                source_date = move || dated.clone()
            )
            .into_any(),
            None => guide_t!(i18n, resources_checked, date = move || checked.clone()).into_any(),
        };
        let more_sources = service
            .more_sources
            .iter()
            .filter_map(|more| {
                let link = check(&more.url)?;
                let dated = more.date.as_deref().map(|date| {
                    let date = intl::partial_date(language, date);
                    view! { " (" {guide_t!(i18n, resources_source_dated, date = move || date.clone())} ")" }
                });
                Some(view! { <li><a href=link rel="noopener noreferrer">{guide_t!(i18n, resources_source_more)}</a>{dated}</li> })
            })
            .collect_view();
        let interpretation = text(&service.interpretation_services);
        let languages = service.languages.iter().map(|l| l.code.clone()).collect::<Vec<_>>().join(", ");
        let status_note = (!service.is_active())
            .then(|| view! { <Notice warning=true standing=true>{guide_t!(i18n, resources_not_active)}</Notice> });
        Some(view! {
            {status_note}
            {text(&service.alert).map(|alert| view! { <Notice warning=true standing=true class="pack-text"><LtrNumbers text=alert /></Notice> })}
            <p class="service-category">{service.category().map(|category| category_name(locale, category))}</p>
            <ListenButton script=listen />
            <p class="pack-text">{text(&service.description).map(|description| view! { <LtrNumbers text=description /> })}</p>
            {section(guide_t_string!(i18n, resources_who), text(&service.eligibility_description))}
            {section(guide_t_string!(i18n, resources_how), text(&service.application_process))}
            {(!service.required_documents.is_empty()).then(|| view! { <h2>{guide_t!(i18n, resources_documents)}</h2><ul>{documents}</ul> })}
            {section(guide_t_string!(i18n, resources_cost), text(&service.fees_description))}
            {(!service.schedules.is_empty()).then(|| view! { <h2>{guide_t!(i18n, resources_hours)}</h2><ul>{schedules}</ul> })}
            {(!service.phones.is_empty()).then(|| view! {
                <h2>{guide_t!(i18n, resources_phones)}</h2><ul>{phones}</ul>
                <p class="hint">{guide_t!(i18n, resources_call_trace)}</p>
            })}
            {email.map(|(email, link)| view! { <h2>{guide_t!(i18n, resources_email)}</h2><p><a href=link>{email}</a></p> })}
            {website.map(|link| view! { <h2>{guide_t!(i18n, resources_website)}</h2><p><a href=link.clone() rel="noopener noreferrer">{link.clone()}</a></p> })}
            {service.locations.iter().any(|l| !l.addresses.is_empty()).then(|| view! { <h2>{guide_t!(i18n, resources_address)}</h2><ul>{addresses}</ul> })}
            {(!languages.is_empty() || interpretation.is_some()).then(|| view! {
                <h2>{guide_t!(i18n, resources_languages)}</h2>
                {(!languages.is_empty()).then(|| view! { <p>{languages}</p> })}
                {interpretation.map(|line| view! { <p class="pack-text"><LtrNumbers text=line /></p> })}
            })}
            <p class="hint">{checked}" "
                {source.map(|link| view! { <a href=link rel="noopener noreferrer">{guide_t!(i18n, resources_source)}</a> })}</p>
            {(!service.more_sources.is_empty()).then(|| view! { <ul class="hint more-sources">{more_sources}</ul> })}
        }.into_any())
    };

    // While locked the guide is for reading: whoever holds the phone must
    // not be able to remove what she added.
    let vault = use_vault();
    let own = {
        let id = id.clone();
        Memo::new(move |_| {
            !shared && !vault.is_locked() && guide.own.with(|own| own.iter().any(|service| service.id == id))
        })
    };
    let failed = RwSignal::new(None::<StorageError>);
    let delete = {
        let id = id.clone();
        move |_| {
            let confirmed = web_sys::window()
                .and_then(|window| window.confirm_with_message(guide_t_string!(i18n, own_delete_confirm)).ok())
                .unwrap_or(false);
            if confirmed {
                match guide.delete_own(&id) {
                    Ok(()) => location::go(&Route::Resources),
                    Err(error) => failed.set(Some(error)),
                }
            }
        }
    };
    let edit_link = Route::ServiceEdit(id.clone()).to_hash();
    let share_route = Route::GuideService(id.clone());

    view! {
        <PageTitle text=title />
        <p><a href=back>{guide_t!(i18n, resources_back)}</a></p>
        {move || service.get().map(|service| view! { <p><OriginMark guide id=service.id assured_date=service.assured_date /></p> })}
        <article class="service">{body}</article>
        {move || if own.get() {
            let (delete, edit_link) = (delete.clone(), edit_link.clone());
            view! {
                <Card id="own-actions-heading" heading=Signal::derive(move || guide_t_string!(i18n, own_actions_heading).to_owned())>
                    <p class="hint">{guide_t!(i18n, own_only_here)}</p>
                    <p class="actions">
                        <a class="button" href=edit_link>{guide_t!(i18n, own_edit)}</a>
                        <button type="button" class="danger" on:click=delete>{guide_t!(i18n, own_delete)}</button>
                    </p>
                    {move || failed.get().map(|error| view! { <StorageErrorNotice error /> })}
                </Card>
            }.into_any()
        } else if shared {
            ().into_any()
        } else {
            view! { <ShareLink route=share_route.clone() title /> }.into_any()
        }}
    }
}
