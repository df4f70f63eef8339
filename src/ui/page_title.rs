//! Each screen names itself in its heading, and the shell names it in the
//! document title. The two are kept apart on purpose: a heading may be her
//! own words (an entry's title), but the browser keeps document titles in its
//! history and in the Back button's list, where no lock, quick exit or wipe
//! can reach them. So the document title comes from the route alone, and only
//! from the build's translations.
use leptos::prelude::*;

use crate::i18n::*;
use crate::router::Route;

/// The screen's `<h1>`.
#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <h1>{text}</h1> }
}

/// The generic name of the screen `route` shows. A `&'static str` from the
/// build's translations, so it cannot hold anything stored or typed.
pub fn screen_name(locale: Locale, route: &Route) -> &'static str {
    match route {
        Route::Journal => guide_td_string!(locale, nav_journal),
        Route::JournalNew => guide_td_string!(locale, journal_new_title),
        Route::JournalEntry(_) => guide_td_string!(locale, title_journal_entry),
        Route::JournalEdit(_) => guide_td_string!(locale, journal_edit_title),
        Route::JournalDeleted => guide_td_string!(locale, journal_recently_deleted),
        Route::Resources | Route::Guide => guide_td_string!(locale, nav_resources),
        Route::Service(_) | Route::GuideService(_) => guide_td_string!(locale, title_service),
        Route::ServiceNew => guide_td_string!(locale, own_new_title),
        Route::ServiceEdit(_) => guide_td_string!(locale, own_edit_title),
        Route::Conversations => guide_td_string!(locale, nav_conversations),
        Route::ConversationNew => guide_td_string!(locale, conversation_start),
        Route::Conversation(_) => guide_td_string!(locale, conversation_title),
        Route::ConversationsLog => guide_td_string!(locale, log_title),
        Route::ChecklistSettings => guide_td_string!(locale, my_checklist_title),
        Route::ChecklistAbout => guide_td_string!(locale, checklist_about_title),
        Route::SelfCare => guide_td_string!(locale, nav_selfcare),
        Route::SelfCareTrends => guide_td_string!(locale, trends_title),
        Route::SelfCareWellbeing => guide_td_string!(locale, who5_title),
        Route::SelfCarePlan => guide_td_string!(locale, plan_title),
        Route::Settings => guide_td_string!(locale, nav_settings),
        Route::Safety => guide_td_string!(locale, safety_title),
        Route::About => guide_td_string!(locale, about_title),
        Route::NotFound(_) => guide_td_string!(locale, not_found_title),
    }
}

/// "Journal entry · Senda".
pub fn document_title(locale: Locale, route: &Route) -> String {
    format!("{} · {}", screen_name(locale, route), guide_td_string!(locale, app_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_document_title_holds_what_is_in_the_address() {
        let marker = "MARKER-her-words";
        for hash in [
            "journal/MARKER-her-words",
            "journal/MARKER-her-words/edit",
            "resources/MARKER-her-words",
            "resources/MARKER-her-words/edit",
            "guide/MARKER-her-words",
            "conversations/MARKER-her-words",
            "MARKER-her-words",
        ] {
            let route = Route::from_hash(&format!("#/{hash}"));
            for locale in [Locale::en, Locale::es, Locale::ca] {
                let title = document_title(locale, &route);
                assert!(!title.contains(marker), "{hash}: {title}");
                assert!(title.ends_with(" · Senda"), "{hash}: {title}");
            }
        }
        assert_eq!(document_title(Locale::en, &Route::from_hash("#/journal/abc")), "Journal entry · Senda");
        assert_eq!(document_title(Locale::es, &Route::from_hash("#/guide/abc")), "Servicio · Senda");
    }
}
