//! The shell every screen sits in: skip link, header with language and (later)
//! safety controls, the current screen, and the section navigation.
use leptos::prelude::*;

use crate::conversations::checklist_state::ChecklistState;
use crate::i18n::*;
use crate::journal::journal_state::JournalState;
use crate::language;
use crate::platform::{connection, location, service_worker};
use crate::resources::pack_by_language;
use crate::resources::resource_state::ResourceState;
use crate::safety::after_wipe;
use crate::safety::wipe_after_tries_setting;
use crate::self_care::reminder_prompt::ReminderPrompt;
use crate::settings::safari_notice::SafariNotice;
use crate::shell::navigation::Navigation;
use crate::shell::page_top::PageTop;
use crate::shell::screens::{preload_sections, screen};
use crate::shell::shell_start::{follow_in_document, provide_language_and_store, start_shared_parts};
use crate::storage::store_handle::use_store;
use crate::vault::lock_screen::LockScreen;
use crate::vault::passphrase_strength_hint::StrengthEstimator;

/// `may_recover`: no other tab is changing the whole store (see
/// `platform::storage_lock`), so what an interrupted change left may be
/// finished or undone now.
#[component]
pub fn App(may_recover: bool) -> impl IntoView {
    provide_language_and_store();
    view! { <Shell may_recover /> }
}

#[component]
fn Shell(may_recover: bool) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_store();
    let (org, vault) = start_shared_parts(storage, may_recover);
    StrengthEstimator::provide();
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

    follow_in_document(org, route);

    view! {
        <PageTop route update_ready />
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
