//! A screen whose code is in a wasm chunk: "Opening…" until the chunk is
//! there, then the screen, or a notice if it cannot be fetched. Both
//! programs cut screens this way (`screens`, `guide_app`).
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::i18n::*;
use crate::router::Route;
use crate::ui::notice::Notice;
use senda_core::retry_wait::retry_wait;

/// A chunk that could not be fetched (offline before the service worker
/// had it, or a deployment replaced mid-visit) says so instead of stopping
/// the app; it is asked for again while the notice shows (`settle`), at
/// once when the browser is back online, and on the next visit.
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
    // One copy of what follows for every chunk, not one per chunk: the
    // guide's first download carries it.
    shown_later(route, Rc::new(move || Box::pin(load())))
}

type Chunk = Pin<Box<dyn Future<Output = Result<MakeScreen, ChunkMissing>>>>;
type Load = Rc<dyn Fn() -> Chunk>;
type Made = RwSignal<Option<Result<MakeScreen, ChunkMissing>>, LocalStorage>;

fn shown_later(route: Route, load: Load) -> AnyView {
    let i18n = use_i18n();
    let mut chunk = load();
    // A chunk already there answers at once, so moving between two screens
    // of one section never shows "Opening…".
    let at_once = match chunk.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(made) => Some(made),
        Poll::Pending => None,
    };
    let made = RwSignal::new_local(None);
    match at_once {
        Some(result) => settle(made, load.clone(), result, Some(0)),
        None => {
            let load = load.clone();
            leptos::task::spawn_local(async move { settle(made, load, chunk.await, Some(0)) });
        }
    }
    // A shared guide's list has no other screen to leave to and come back
    // from: without these tries it stayed a notice until she reloaded.
    let online = window_event_listener(leptos::ev::online, move |_| ask_again(made, load.clone(), None));
    on_cleanup(move || online.remove());
    (move || match made.get() {
        None => view! { <p class="screen-loading" role="status">{guide_t!(i18n, screen_loading)}</p> }.into_any(),
        Some(Ok(make)) => make(route.clone()),
        Some(Err(ChunkMissing)) => {
            view! { <Notice warning=true>{guide_t!(i18n, screen_load_failed)}</Notice> }.into_any()
        }
    })
    .into_any()
}

/// Shows the screen once its chunk is there. While it cannot be fetched the
/// notice stays (a try is not announced each time) and the chunk is asked
/// for again after a wait that doubles (`retry_wait`); `failures`: None for
/// a try of its own, which asks nothing more.
fn settle(made: Made, load: Load, result: Result<MakeScreen, ChunkMissing>, failures: Option<u32>) {
    match made.try_get_untracked() {
        // She left the screen, or another try brought the chunk first.
        None | Some(Some(Ok(_))) => return,
        Some(shown) => {
            if result.is_ok() || shown.is_none() {
                made.set(Some(result));
            }
        }
    }
    if let (Err(ChunkMissing), Some(failures)) = (result, failures) {
        set_timeout(move || ask_again(made, load, Some(failures + 1)), retry_wait(failures));
    }
}

fn ask_again(made: Made, load: Load, failures: Option<u32>) {
    if matches!(made.try_get_untracked(), Some(Some(Err(ChunkMissing)))) {
        let chunk = load();
        leptos::task::spawn_local(async move { settle(made, load, chunk.await, failures) });
    }
}
