//! The shell every screen sits in: skip link, header with language and (later)
//! safety controls, the current screen, and the section navigation.
use leptos::prelude::*;

use crate::conversations::checklist_state::ChecklistState;
use crate::i18n::*;
use crate::journal::journal_state::JournalState;
use crate::language::{self, Language};
use crate::organisation::org_state::OrgState;
use crate::platform::all_tabs::{TabWord, listen_to_other_tabs};
use crate::platform::{connection, location, service_worker};
use crate::resources::pack_by_language;
use crate::resources::resource_state::ResourceState;
use crate::safety::after_wipe;
use crate::safety::disguise::Disguise;
use crate::safety::disguise_settings::{ChosenDisguise, apply_to_head, disguise_name};
use crate::safety::quick_exit::exit_this_tab;
use crate::safety::wipe_after_tries_setting;
use crate::self_care::reminder_prompt::ReminderPrompt;
use crate::settings::safari_notice::SafariNotice;
use crate::shell::navigation::Navigation;
use crate::shell::screens::{preload_sections, screen};
use crate::shell::site_header::SiteHeader;
use crate::shell::storage_notice::StorageNotice;
use crate::shell::update_banner::UpdateBanner;
use crate::storage::local_storage::{self, LocalStorage};
use crate::storage::store_handle::{StoreHandle, use_store};
use crate::storage::tab_sync;
use crate::ui::page_title;
use crate::vault::lock_screen::LockScreen;
use crate::vault::passphrase_strength_hint::StrengthEstimator;
use crate::vault::vault_session::VaultSession;

/// `may_recover`: no other tab is changing the whole store (see
/// `platform::storage_lock`), so what an interrupted change left may be
/// finished or undone now.
#[component]
pub fn App(may_recover: bool) -> impl IntoView {
    // Not leptos_i18n's `<I18nContextProvider>`: it sets `<html lang>` through
    // leptos_meta, which the first download would carry and start for one
    // attribute the shell sets itself.
    provide_context(leptos_i18n::context::init_i18n_context::<Locale>());
    StoreHandle::provide(std::rc::Rc::new(LocalStorage));
    view! { <Shell may_recover /> }
}

#[component]
fn Shell(may_recover: bool) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_store();
    // leptos_i18n starts from the browser's languages in an effect of its
    // own; this effect is created after it, so the stored choice wins.
    // First, before anything reads storage: a start after a wipe wipes what
    // another tab wrote meanwhile and keeps the language she wiped in.
    let wiped_language = after_wipe::start(&storage.backend());
    let stored_language = language::stored_choice(&storage.store()).or(wiped_language);
    Effect::new(move |_| {
        if let Some(chosen) = stored_language {
            i18n.set_locale(language::locale(chosen));
        }
    });
    provide_context(tab_sync::listen());
    let org = OrgState::provide(!after_wipe::just_wiped());
    Effect::new(move |_| {
        let default = org.config.with(|config| config.default_language.as_deref().and_then(Language::parse));
        if let Some(chosen) = language::organisation_default(stored_language, &language::browser_languages(), default) {
            i18n.set_locale(language::locale(chosen));
        }
    });
    let vault = VaultSession::provide(storage, may_recover);
    StrengthEstimator::provide();
    listen_to_other_tabs(move |word| match word {
        TabWord::Lock => vault.lock_this_tab(),
        TabWord::Exit => exit_this_tab(vault, storage),
        TabWord::Active => vault.active_elsewhere(),
        // Nothing of hers stays on screen, nothing here writes it back, and
        // the tab does not start Senda again (which would register the
        // offline copy anew): it leaves, as quick exit does.
        TabWord::Wipe => {
            local_storage::stop_writes();
            exit_this_tab(vault, storage);
        }
    });
    let journal = JournalState::provide();
    wipe_after_tries_setting::erase_on_wrong_tries(vault, journal);
    ResourceState::provide();
    ChecklistState::provide();
    // A memo, so setting a passphrase (locked stays false) does not rebuild
    // the screen that set it.
    let locked = Memo::new(move |_| vault.is_locked());
    Effect::new(move |_| {
        if locked.get() {
            journal.forget();
        } else {
            journal.write_held_drafts();
        }
    });
    let route = location::route_signal();
    // Right after a wipe nothing is kept for offline use until she starts
    // Senda again herself.
    let update_ready = if after_wipe::just_wiped() { signal(false).0 } else { service_worker::register() };
    // Once a mentor's screen opens, the device keeps the whole app offline;
    // a mentee's shared guide keeps only the guide.
    Effect::new(move |asked: Option<bool>| {
        if asked == Some(true) || after_wipe::just_wiped() {
            return true;
        }
        let mentor = !route.get().is_shared_guide();
        if mentor {
            service_worker::keep_everything_offline();
        }
        mentor
    });
    // Her guide too, in the language on screen, though she has not opened
    // it yet, and again in each language she turns to.
    let mentor_screen = Memo::new(move |_| !route.get().is_shared_guide());
    Effect::new(move |_| {
        let pack = pack_by_language::path(language::language(i18n.get_locale()));
        if mentor_screen.get() && !after_wipe::just_wiped() {
            service_worker::keep_offline(&pack);
        }
    });
    // The other sections' code, fetched ahead so their first visit only
    // draws: late enough to leave the first screen's start-up alone, never
    // for a mentee's shared guide (she uses nothing else) and never when
    // the connection is 2G or she asked to save data.
    set_timeout(
        move || {
            if !route.get_untracked().is_shared_guide() && !connection::is_constrained() {
                preload_sections();
            }
        },
        std::time::Duration::from_secs(2),
    );

    Effect::new(move |_| {
        let shown = language::language(i18n.get_locale());
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", shown.document_lang());
            let _ = root.set_attribute("dir", shown.direction());
        }
    });
    // From the route alone, never from a screen's heading (ui::page_title);
    // under a neutral name, that name alone.
    let disguise = ChosenDisguise::provide(org).0;
    // The head follows the name, the language and a guide link, not every screen.
    let shared_guide = Memo::new(move |_| route.get().is_shared_guide());
    Effect::new(move |_| apply_to_head(disguise.get(), i18n.get_locale(), shared_guide.get()));
    Effect::new(move |_| {
        let (locale, route, disguise) = (i18n.get_locale(), route.get(), disguise.get());
        document().set_title(&match disguise {
            Disguise::Senda => page_title::document_title(locale, &route),
            disguise => disguise_name(locale, disguise).to_owned(),
        });
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
        <Show when=move || !route.get().is_shared_guide()>
            <SafariNotice />
        </Show>
        <ReminderPrompt route locked />
        <main id="main-content" tabindex="-1">
            {move || {
                let route = route.get();
                if locked.get() && !route.shows_while_locked() { view! { <LockScreen /> }.into_any() } else { screen(route) }
            }}
        </main>
        <Show when=move || !route.get().is_shared_guide()>
            <Navigation route />
        </Show>
    }
}
