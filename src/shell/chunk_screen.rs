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
/// the app; it is asked for again when the browser is back online, and on
/// the next visit to the screen.
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
/// ran (the journal editor writes her draft on leaving). `load` asks for
/// the chunk, again after a failure.
pub fn later<F>(route: Route, load: fn() -> F) -> AnyView
where
    F: Future<Output = Result<MakeScreen, ChunkMissing>> + 'static,
{
    let i18n = use_i18n();
    let mut chunk = Box::pin(load());
    // A chunk already there answers at once, so moving between two screens
    // of one section never shows "Opening…".
    let at_once = match chunk.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(made) => Some(made),
        Poll::Pending => None,
    };
    let made = RwSignal::new_local(at_once);
    if at_once.is_none() {
        arrive(made, chunk);
    }
    // A shared guide's list has no other screen to leave to and come back
    // from, so without this it stayed a notice until she reloaded.
    let online = window_event_listener(leptos::ev::online, move |_| {
        if matches!(made.try_get_untracked(), Some(Some(Err(ChunkMissing)))) {
            made.set(None);
            arrive(made, Box::pin(load()));
        }
    });
    on_cleanup(move || online.remove());
    (move || match made.get() {
        None => view! { <p class="screen-loading" role="status">{t!(i18n, screen_loading)}</p> }.into_any(),
        Some(Ok(make)) => make(route.clone()),
        Some(Err(ChunkMissing)) => view! { <Notice warning=true>{t!(i18n, screen_load_failed)}</Notice> }.into_any(),
    })
    .into_any()
}

type Made = RwSignal<Option<Result<MakeScreen, ChunkMissing>>, LocalStorage>;

fn arrive(made: Made, chunk: std::pin::Pin<Box<impl Future<Output = Result<MakeScreen, ChunkMissing>> + 'static>>) {
    leptos::task::spawn_local(async move {
        // Gone already if she left the screen before its chunk came.
        let _ = made.try_set(Some(chunk.await));
    });
}
