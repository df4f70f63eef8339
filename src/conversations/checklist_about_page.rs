//! About this checklist: where its principles come from, how it was
//! written, and what it is not.
use leptos::prelude::*;

use super::checklist::Principle;
use super::conversation_words::principle_word;
use crate::i18n::*;
use crate::router::Route;
use crate::ui::page_title::PageTitle;

#[component]
pub fn ChecklistAboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let principles = Principle::ALL
        .into_iter()
        .map(|principle| view! { <li>{move || principle_word(i18n, principle)}</li> })
        .collect_view();
    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, checklist_about_title).to_owned()) />
        <p><a href=Route::Conversations.to_hash()>{t!(i18n, conversations_back)}</a></p>
        <p>{t!(i18n, checklist_about_text)}</p>
        <h2>{t!(i18n, checklist_about_principles)}</h2>
        <ol>{principles}</ol>
        <h2>{t!(i18n, checklist_about_sources)}</h2>
        <ul>
            <li>"SAMHSA (2014). SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach. HHS Publication No. (SMA) 14-4884. Substance Abuse and Mental Health Services Administration."</li>
            <li>"Office for Victims of Crime Training and Technical Assistance Center (OVC TTAC). Human Trafficking Task Force e-Guide, 4.1 Using a Trauma-Informed Approach."</li>
            <li>"Office on Trafficking in Persons (OTIP) and National Human Trafficking Training and Technical Assistance Center (NHTTAC) (2023). Toolkit for Building Survivor-Informed Organizations."</li>
            <li>{t!(i18n, checklist_about_sisa)}</li>
            <li>{t!(i18n, checklist_about_024)}</li>
            <li>{t!(i18n, checklist_about_asking)}</li>
            <li>{t!(i18n, checklist_about_minors)}</li>
        </ul>
        <p class="hint">{t!(i18n, checklist_about_not)}</p>
    }
}
