//! About: whose Senda this is (the organisation, its social team), which
//! version, what stays on the device, whose work it builds on, and, for the
//! organisation, anything wrong in its settings file.
use leptos::prelude::*;

use super::org_config::{ConfigProblem, FILE};
use super::org_state::use_org;
use super::organisation_intro::OrganisationIntro;
use super::social_team::SocialTeam;
use crate::i18n::*;
use crate::language::{Language, locale};
use crate::platform::intl;
use crate::ui::page_title::PageTitle;
use leptos_i18n::Locale as _;

/// The day this copy was built, written into `index.html` by the build.
fn build_date() -> Option<String> {
    let meta = document().query_selector("meta[name='senda-build-date']").ok()??;
    meta.get_attribute("content")
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let org = use_org();
    let built = move || {
        let language = i18n.get_locale().as_str();
        build_date()
            .map(|day| intl::long_date(language, &js_sys::Date::new(&format!("{day}T12:00:00").into())))
            .unwrap_or_default()
    };
    let problems = move || {
        let problems = org.problems.get();
        (!problems.is_empty()).then(|| {
            let rows = problems
                .into_iter()
                .map(|problem| {
                    let text = match problem {
                        ConfigProblem::Missing => t_string!(i18n, config_missing).to_owned(),
                        ConfigProblem::NotJson(detail) => format!("{} ({detail})", t_string!(i18n, config_not_json)),
                        ConfigProblem::WrongFormat => t_string!(i18n, config_wrong_format).to_owned(),
                        ConfigProblem::Field(field) => format!("{field}: {}", t_string!(i18n, config_field)),
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view();
            view! {
                <section class="card notice-warning" aria-labelledby="config-heading">
                    <h2 id="config-heading">{t!(i18n, config_heading, file = move || FILE)}</h2>
                    <ul>{rows}</ul>
                    <p class="hint">{t!(i18n, config_defaults)}</p>
                </section>
            }
        })
    };
    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, about_title).to_owned()) />
        {problems}
        <section aria-labelledby="organisation-heading">
            <h2 id="organisation-heading">{t!(i18n, about_organisation)}</h2>
            <OrganisationIntro />
            <h3>{t!(i18n, about_social_team)}</h3>
            <SocialTeam />
        </section>
        <section aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{t!(i18n, about_privacy_heading)}</h2>
            <p>{t!(i18n, about_privacy)}</p>
        </section>
        <section aria-labelledby="version-heading">
            <h2 id="version-heading">{t!(i18n, about_version_heading)}</h2>
            <p>{t!(i18n, about_version, version = move || env!("CARGO_PKG_VERSION"), date = built)}</p>
        </section>
        <section aria-labelledby="credits-heading">
            <h2 id="credits-heading">{t!(i18n, about_credits_heading)}</h2>
            <p>{t!(i18n, about_credits)}</p>
        </section>
        <section aria-labelledby="translations-heading">
            <h2 id="translations-heading">{t!(i18n, about_translations_heading)}</h2>
            <p>{t!(i18n, about_translations)}</p>
            <ul>
                {Language::ALL.into_iter().map(|language| view! {
                    <li lang=language.document_lang()>
                        <strong>{language.own_name()}</strong>": "<span dir=language.direction()>{td_string!(locale(language), translation_note)}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
