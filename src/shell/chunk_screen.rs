//! A screen whose code is in a wasm chunk: "Opening…" until the chunk is
//! there, then the screen, or a notice if it cannot be fetched. Both
//! programs cut screens this way (`screens`, `guide_app`).
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::i18n::*;
use crate::router::Route;
use crate::ui::notice::Notice;

/// A chunk that could not be fetched (offline before the service worker
/// had it, or a deployment replaced mid-visit) says so instead of stopping
/// the app; the next visit to the screen tries again.
#[derive(Clone, Copy)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// What a chunk gives: the way to build each of its section's screens.
pub type MakeScreen = fn(Route) -> AnyView;

/// The screen, once its chunk is there. It is built here, in the app's
/// reactive tree like a screen of the first download, not inside the
/// chunk's future: built there, its signals were gone before its clean-up
/// ran (the journal editor writes her draft on leaving).
pub fn later(route: Route, chunk: impl Future<Output = Result<MakeScreen, ChunkMissing>> + 'static) -> AnyView {
    let i18n = use_i18n();
    let mut chunk = Box::pin(chunk);
    // A chunk already there answers at once, so moving between two screens
    // of one section never shows "Opening…".
    let at_once = match chunk.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(made) => Some(made),
        Poll::Pending => None,
    };
    let waiting = at_once.is_none();
    let made = RwSignal::new_local(at_once);
    if waiting {
        leptos::task::spawn_local(async move {
            // Gone already if she left the screen before its chunk came.
            let _ = made.try_set(Some(chunk.await));
        });
    }
    (move || match made.get() {
        None => view! { <p class="screen-loading" role="status">{t!(i18n, screen_loading)}</p> }.into_any(),
        Some(Ok(make)) => make(route.clone()),
        Some(Err(ChunkMissing)) => view! { <Notice warning=true>{t!(i18n, screen_load_failed)}</Notice> }.into_any(),
    })
    .into_any()
}
