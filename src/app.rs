//! The shell every screen sits in: skip link, header with language and (later)
//! safety controls, the current screen, and the section navigation.
use leptos::prelude::*;

use crate::backup::restore;
use crate::conversations::checklist_about_page::ChecklistAboutPage;
use crate::conversations::checklist_settings_page::ChecklistSettingsPage;
use crate::conversations::checklist_state::ChecklistState;
use crate::conversations::conversation_page::ConversationPage;
use crate::conversations::conversations_page::ConversationsPage;
use crate::conversations::mentoring_log_page::MentoringLogPage;
use crate::i18n::*;
use crate::journal::journal_deleted_page::JournalDeletedPage;
use crate::journal::journal_editor_page::JournalEditorPage;
use crate::journal::journal_entry_page::JournalEntryPage;
use crate::journal::journal_page::JournalPage;
use crate::journal::journal_state::JournalState;
use crate::language;
use crate::organisation::about_page::AboutPage;
use crate::organisation::org_state::OrgState;
use crate::platform::{location, service_worker};
use crate::resources::own_service_page::OwnServicePage;
use crate::resources::resource_state::ResourceState;
use crate::resources::resources_page::ResourcesPage;
use crate::resources::service_page::ServicePage;
use crate::router::Route;
use crate::safety::safety_tips_page::SafetyTipsPage;
use crate::self_care::plan_page::PlanPage;
use crate::self_care::reminder_prompt::ReminderPrompt;
use crate::self_care::self_care_page::SelfCarePage;
use crate::self_care::trends_page::TrendsPage;
use crate::self_care::who5_page::Who5Page;
use crate::settings::settings_page::SettingsPage;
use crate::storage::local_storage::LocalStorage;
use crate::storage::{local_storage, tab_sync};
use crate::ui::navigation::Navigation;
use crate::ui::not_found_page::NotFoundPage;
use crate::ui::site_header::SiteHeader;
use crate::ui::storage_notice::StorageNotice;
use crate::ui::update_banner::UpdateBanner;
use crate::vault::lock_screen::LockScreen;
use crate::vault::vault_session::VaultSession;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Shell />
        </I18nContextProvider>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    // leptos_i18n starts from the browser's languages in an effect of its
    // own; this effect is created after it, so the stored choice wins.
    let stored_language = language::stored_choice(&local_storage::browser_store());
    Effect::new(move |_| {
        if let Some(locale) = stored_language {
            i18n.set_locale(locale);
        }
    });
    provide_context(tab_sync::listen());
    // A restore cut short by a closed tab is rolled back before anything reads.
    let _ = restore::recover(&LocalStorage);
    let org = OrgState::provide();
    Effect::new(move |_| {
        let default = org.config.with(|config| config.default_language.as_deref().and_then(language::parse));
        if let Some(locale) = language::organisation_default(stored_language, &language::browser_languages(), default) {
            i18n.set_locale(locale);
        }
    });
    let vault = VaultSession::provide();
    let journal = JournalState::provide();
    ResourceState::provide();
    ChecklistState::provide();
    // A memo, so setting a passphrase (locked stays false) does not rebuild
    // the screen that set it.
    let locked = Memo::new(move |_| vault.is_locked());
    Effect::new(move |_| {
        if locked.get() {
            journal.forget();
        }
    });
    let route = location::route_signal();
    let update_ready = service_worker::register();

    Effect::new(move |_| {
        let locale = i18n.get_locale();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", locale.as_str());
        }
    });

    let focus_main = move |event: leptos::ev::MouseEvent| {
        // A plain `#main` link would be read as a screen by the router.
        event.prevent_default();
        if let Some(main) = document().get_element_by_id("main-content") {
            use wasm_bindgen::JsCast;
            if let Some(main) = main.dyn_ref::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="skip-link" href="#main-content" on:click=focus_main>{t!(i18n, skip_to_content)}</a>
        <SiteHeader route />
        <UpdateBanner update_ready />
        <StorageNotice />
        <ReminderPrompt route locked />
        <main id="main-content" tabindex="-1">
            {move || {
                let route = route.get();
                // Only what a mentee may see on the mentor's phone (the
                // resource guide, the safety tips) shows while locked.
                if locked.get() && !(route.is_shared_guide() || matches!(route, Route::Safety | Route::About | Route::Resources | Route::Service(_))) { view! { <LockScreen /> }.into_any() } else { screen(route) }
            }}
        </main>
        <Show when=move || !route.get().is_shared_guide()>
            <Navigation route />
        </Show>
    }
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Journal => view! { <JournalPage /> }.into_any(),
        Route::JournalNew => view! { <JournalEditorPage entry_id=None /> }.into_any(),
        Route::JournalEdit(id) => view! { <JournalEditorPage entry_id=Some(id) /> }.into_any(),
        Route::JournalEntry(id) => view! { <JournalEntryPage id /> }.into_any(),
        Route::JournalDeleted => view! { <JournalDeletedPage /> }.into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::Safety => view! { <SafetyTipsPage /> }.into_any(),
        Route::About => view! { <AboutPage /> }.into_any(),
        Route::Conversations => view! { <ConversationsPage /> }.into_any(),
        Route::ConversationNew => view! { <ConversationPage id=None /> }.into_any(),
        Route::Conversation(id) => view! { <ConversationPage id=Some(id) /> }.into_any(),
        Route::ConversationsLog => view! { <MentoringLogPage /> }.into_any(),
        Route::ChecklistSettings => view! { <ChecklistSettingsPage /> }.into_any(),
        Route::ChecklistAbout => view! { <ChecklistAboutPage /> }.into_any(),
        Route::SelfCare => view! { <SelfCarePage /> }.into_any(),
        Route::SelfCareTrends => view! { <TrendsPage /> }.into_any(),
        Route::SelfCareWellbeing => view! { <Who5Page /> }.into_any(),
        Route::SelfCarePlan => view! { <PlanPage /> }.into_any(),
        Route::Resources => view! { <ResourcesPage shared=false /> }.into_any(),
        Route::Guide => view! { <ResourcesPage shared=true /> }.into_any(),
        Route::Service(id) => view! { <ServicePage id shared=false /> }.into_any(),
        Route::ServiceNew => view! { <OwnServicePage id=None /> }.into_any(),
        Route::ServiceEdit(id) => view! { <OwnServicePage id=Some(id) /> }.into_any(),
        Route::GuideService(id) => view! { <ServicePage id shared=true /> }.into_any(),
        Route::NotFound(_) => view! { <NotFoundPage /> }.into_any(),
    }
}
