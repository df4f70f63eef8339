//! What every start of Senda does before its first screen, in the whole app
//! and in a shared guide's build alike: her language, the organisation's
//! settings, the lock, the other tabs, and the page's language, direction
//! and title.
use leptos::prelude::*;

use crate::i18n::*;
use crate::language::{self, Language};
use crate::organisation::org_state::OrgState;
use crate::platform::all_tabs::{TabWord, listen_to_other_tabs};
use crate::router::Route;
use crate::safety::after_wipe;
use crate::safety::disguise::Disguise;
use crate::safety::disguise_settings::{ChosenDisguise, apply_to_head, disguise_name};
use crate::safety::quick_exit::exit_this_tab;
use crate::storage::local_storage;
use crate::storage::store_handle::StoreHandle;
use crate::storage::tab_sync;
use crate::ui::page_title;
use crate::vault::vault_session::VaultSession;

/// The root's two contexts: the translations and the store over localStorage.
pub fn provide_language_and_store() {
    // Not leptos_i18n's `<I18nContextProvider>`: it sets `<html lang>` through
    // leptos_meta, which the first download would carry and start for one
    // attribute the shell sets itself.
    provide_context(leptos_i18n::context::init_i18n_context::<Locale>());
    StoreHandle::provide(std::rc::Rc::new(local_storage::LocalStorage));
}

/// Provides the organisation's settings and the lock session, and makes the
/// shown language follow her choice. `may_recover`: see `VaultSession`.
pub fn start_shared_parts(storage: StoreHandle, may_recover: bool) -> (OrgState, VaultSession) {
    let i18n = use_i18n();
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
    (org, vault)
}

/// The page's `lang`, `dir` and title follow the language and the screen;
/// under a neutral name, that name alone.
pub fn follow_in_document(org: OrgState, route: ReadSignal<Route>) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let shown = language::language(i18n.get_locale());
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", shown.document_lang());
            let _ = root.set_attribute("dir", shown.direction());
        }
    });
    // From the route alone, never from a screen's heading (ui::page_title).
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
}
