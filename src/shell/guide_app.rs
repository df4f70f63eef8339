//! A mentee's shared guide (`#/guide`) as a build of its own
//! (`src/guide_main.rs`): the guide's list and service pages, the header with
//! quick exit and the language picker, the banners. None of a mentor's
//! sections and none of the whole app's chunks come with it. Its first
//! download draws the emergency numbers; two chunks of this program hold
//! the rest:
//! - the search and the list of services, asked for once the emergency
//!   numbers are on screen, so on a slow line the numbers she may need now
//!   do not wait for a list she will read next;
//! - a service's page (with "Listen", the share screen and its QR code),
//!   fetched when she opens one or, for a link to a service, with the page.
//!
//! Any other of Senda's addresses starts the page again, and index.html
//! then starts the whole app.
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

use crate::platform::{location, service_worker};
use crate::resources::emergency_calls::EmergencyCalls;
use crate::resources::resource_state::{PackLoad, ResourceState, use_resources};
use crate::resources::service_finder::ServiceFinder;
use crate::resources::service_page::ServicePage;
use crate::router::Route;
use crate::safety::after_wipe;
use crate::screen_chunk::opens_guide_build;
use crate::shell::chunk_screen::{ChunkMissing, MakeScreen, later};
use crate::shell::page_top::PageTop;
use crate::shell::shell_start::{follow_in_document, provide_language_and_store, start_shared_parts};
use crate::storage::store_handle::use_store;

#[component]
pub fn GuideApp() -> impl IntoView {
    provide_language_and_store();
    view! { <GuideShell /> }
}

#[component]
fn GuideShell() -> impl IntoView {
    // Nothing is recovered here: an interrupted passphrase change or restore
    // is the whole app's to finish, the next time a mentor's screen opens.
    let (org, _vault) = start_shared_parts(use_store(), false);
    // After her stored choice is applied. Built with the whole app as well,
    // it looks up the whole app's strings.
    #[cfg(not(feature = "whole-app"))]
    crate::guide_strings::follow_language();
    ResourceState::provide();
    let route = location::route_signal();
    Effect::new(move |_| {
        route.track();
        if !opens_guide_build(&location::current_hash()) {
            location::start_again();
        }
    });
    // The device keeps this program only, the guide's offline copy; right
    // after a wipe nothing, until she starts Senda again herself.
    let update_ready = if after_wipe::just_wiped() {
        signal(false).0
    } else {
        service_worker::keep_guide_offline();
        service_worker::register()
    };
    follow_in_document(org, route);
    view! {
        <PageTop route update_ready />
        <main id="main-content" tabindex="-1">
            {move || match route.get() {
                route @ Route::GuideService(_) => later(route, service_screen),
                _ => view! { <GuideList /> }.into_any(),
            }}
        </main>
    }
}

/// The emergency numbers at once; the search and the list from their chunk,
/// asked for on the animation frame after the numbers (or the notice that
/// the guide could not be read) are drawn, so the list never competes with
/// them for a slow line, and kept from then on, so a language chosen later
/// does not throw her search away.
#[component]
fn GuideList() -> impl IntoView {
    let guide = use_resources();
    let calls_drawn = RwSignal::new(false);
    Effect::new(move |_| {
        if matches!(guide.load.get(), PackLoad::Ready | PackLoad::Failed) && !calls_drawn.get_untracked() {
            request_animation_frame(move || calls_drawn.set(true));
        }
    });
    view! {
        <EmergencyCalls />
        {move || calls_drawn.get().then(|| later(Route::Guide, finder_screen))}
    }
}

#[wasm_split(guide_finder, wasm_split_path = ::leptos::wasm_split, fallible)]
fn finder_screen() -> Result<MakeScreen, ChunkMissing> {
    Ok(|_| view! { <ServiceFinder shared=true /> }.into_any())
}

#[wasm_split(guide_service, wasm_split_path = ::leptos::wasm_split, fallible)]
fn service_screen() -> Result<MakeScreen, ChunkMissing> {
    Ok(|route| match route {
        Route::GuideService(id) => view! { <ServicePage id shared=true /> }.into_any(),
        _ => view! { <GuideList /> }.into_any(),
    })
}
