//! Which screen each route shows, and which screens come later.
//!
//! The first download holds the shell and the lock. The journal and the
//! guide are each split into a wasm chunk of their own (`wasm_split`, cut
//! apart by crates/senda-build after the build), so a mentee's shared guide
//! link never downloads the journal; conversations, self-care and settings
//! share a third. Three chunks, not five: every set of split points that
//! share code gets a chunk of that code too, and with five points the
//! journal's first screen waited for fifteen small modules (BENCHMARKS.md). The chunk of
//! the screen the address opens is fetched as the app starts
//! (`fetch_first_screen`), the others in the background two seconds after
//! start, or at once when one of their screens is opened before that. The
//! service worker precaches every chunk, so they open offline too.
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

use crate::backup::backup_reminder_notice::BackupReminderNotice;
use crate::conversations::checklist_about_page::ChecklistAboutPage;
use crate::conversations::checklist_settings_page::ChecklistSettingsPage;
use crate::conversations::conversation_page::ConversationPage;
use crate::conversations::conversation_store::NAMESPACE as CONVERSATIONS;
use crate::conversations::conversations_page::ConversationsPage;
use crate::conversations::mentoring_log_page::MentoringLogPage;
use crate::journal::journal_deleted_page::JournalDeletedPage;
use crate::journal::journal_editor_page::JournalEditorPage;
use crate::journal::journal_entry_page::JournalEntryPage;
use crate::journal::journal_page::JournalPage;
use crate::organisation::about_page::AboutPage;
use crate::resources::own_service_page::OwnServicePage;
use crate::resources::resources_page::ResourcesPage;
use crate::resources::service_page::ServicePage;
use crate::router::Route;
use crate::safety::safety_tips_page::SafetyTipsPage;
use crate::screen_chunk::ScreenChunk;
use crate::self_care::plan_page::PlanPage;
use crate::self_care::self_care_page::SelfCarePage;
use crate::self_care::self_care_store::NAMESPACE as SELF_CARE;
use crate::self_care::trends_page::TrendsPage;
use crate::self_care::who5_page::Who5Page;
use crate::shell::chunk_screen::{ChunkMissing, MakeScreen, later};
use crate::shell::settings_page::SettingsPage;
use crate::ui::not_found_page::NotFoundPage;
use crate::ui::other_tab_writes::RereadOnOtherTabWrites;
use crate::vault::lock_offer::LockOffer;

/// Fetches and starts the chunk ahead of its screens. A chunk that fails
/// here is fetched again, and its failure shown, when a screen asks. The
/// split point named for each is `ScreenChunk::split_name`.
async fn preload(chunk: ScreenChunk) {
    let _ = match chunk {
        ScreenChunk::Journal => preload_journal().await,
        ScreenChunk::Guide => preload_resources().await,
        ScreenChunk::Other => preload_other_sections().await,
    };
}

/// The screen for `route`; a screen shows "Opening…" until its chunk is
/// there. Within an area anything but a sub-screen is the area's own first
/// screen.
pub fn screen(route: Route) -> AnyView {
    match ScreenChunk::of(&route) {
        Some(ScreenChunk::Journal) => later(route, journal_screens),
        Some(ScreenChunk::Guide) => later(route, resources_screens),
        Some(ScreenChunk::Other) => later(route, other_screens),
        None => view! { <NotFoundPage /> }.into_any(),
    }
}

/// Starts fetching the chunk of the screen the app opens on, before the
/// shell's own start-up work, so the two overlap instead of the chunk's
/// download waiting for the shell.
pub fn fetch_first_screen(route: Route) {
    if let Some(chunk) = ScreenChunk::of(&route) {
        // Not Leptos's spawner: this runs before the app is mounted, and
        // that is what starts Leptos's executor.
        wasm_bindgen_futures::spawn_local(async move {
            preload(chunk).await;
        });
    }
}

/// Fetches and starts the chunks one after another, so that the first visit
/// to a section does not wait for its chunk. Called once the first screen is
/// up.
pub fn preload_sections() {
    leptos::task::spawn_local(async {
        for chunk in ScreenChunk::ALL {
            preload(chunk).await;
        }
    });
}

#[wasm_split(journal, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_journal))]
fn journal_screens() -> Result<MakeScreen, ChunkMissing> {
    Ok(|route| match route {
        Route::JournalNew => view! { <JournalEditorPage entry_id=None /> }.into_any(),
        Route::JournalEdit(id) => view! { <JournalEditorPage entry_id=Some(id) /> }.into_any(),
        Route::JournalEntry(id) => view! { <JournalEntryPage id /> }.into_any(),
        Route::JournalDeleted => view! { <JournalDeletedPage /> }.into_any(),
        _ => view! {
            <JournalPage>
                <LockOffer />
                <BackupReminderNotice />
            </JournalPage>
        }
        .into_any(),
    })
}

#[wasm_split(resources, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_resources))]
fn resources_screens() -> Result<MakeScreen, ChunkMissing> {
    Ok(|route| match route {
        Route::Guide => view! { <ResourcesPage shared=true /> }.into_any(),
        Route::Service(id) => view! { <ServicePage id shared=false /> }.into_any(),
        Route::GuideService(id) => view! { <ServicePage id shared=true /> }.into_any(),
        Route::ServiceNew => view! { <OwnServicePage id=None /> }.into_any(),
        Route::ServiceEdit(id) => view! { <OwnServicePage id=Some(id) /> }.into_any(),
        _ => view! { <ResourcesPage shared=false /> }.into_any(),
    })
}

#[wasm_split(other_sections, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_other_sections))]
fn other_screens() -> Result<MakeScreen, ChunkMissing> {
    Ok(|route| match route {
        Route::ConversationNew => view! { <ConversationPage id=None /> }.into_any(),
        Route::Conversation(id) => view! { <ConversationPage id=Some(id) /> }.into_any(),
        Route::ConversationsLog => {
            view! { <RereadOnOtherTabWrites namespace=CONVERSATIONS><MentoringLogPage /></RereadOnOtherTabWrites> }
                .into_any()
        }
        Route::ChecklistSettings => view! { <ChecklistSettingsPage /> }.into_any(),
        Route::ChecklistAbout => view! { <ChecklistAboutPage /> }.into_any(),
        Route::Conversations => {
            view! { <RereadOnOtherTabWrites namespace=CONVERSATIONS><ConversationsPage /></RereadOnOtherTabWrites> }
                .into_any()
        }
        Route::SelfCareTrends => {
            view! { <RereadOnOtherTabWrites namespace=SELF_CARE><TrendsPage /></RereadOnOtherTabWrites> }.into_any()
        }
        Route::SelfCareWellbeing => view! { <Who5Page /> }.into_any(),
        Route::SelfCarePlan => view! { <PlanPage /> }.into_any(),
        Route::SelfCare => view! { <SelfCarePage /> }.into_any(),
        Route::Safety => view! { <SafetyTipsPage /> }.into_any(),
        Route::About => view! { <AboutPage /> }.into_any(),
        _ => view! { <SettingsPage /> }.into_any(),
    })
}
