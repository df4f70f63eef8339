//! Reads a file of Senda's own folder (a resource pack, the organisation's
//! settings). Asks the server again each time (`no-cache`), so a file the
//! organisation changed shows on the next start; offline, the service
//! worker answers with the last copy it kept.
use std::future::Future;
use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, future_to_promise};

/// How long a file may take, answer and body, before Senda goes on without
/// it. A line that connects and then never answers (a captive portal, a
/// failing mobile link) would otherwise keep the emergency numbers off the
/// screen for good: they wait for every pack. Twice the worker's wait
/// before it serves a kept copy instead (`STALLED_MS`, public/sw.js), and
/// ample for the largest such file, a pack in one language, on a slow line.
const DEADLINE: Duration = Duration::from_secs(6);

/// The file's text, or None when there is no file, no connection and no
/// kept copy, the server refused or the line did not answer in time. The
/// file is asked for and read to its end when this is called, not when the
/// answer is awaited, so several files can be asked for side by side and
/// read in a fixed order: a body left unread until the file before it was
/// done would run out its own deadline though it came in time.
pub fn fetch_text(path: &str) -> impl Future<Output = Option<String>> + use<> {
    let request = web_sys::window().map(|window| {
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoCache);
        // Without a controller the request simply has no deadline.
        if let Ok(controller) = web_sys::AbortController::new() {
            init.set_signal(Some(&controller.signal()));
            set_timeout(move || controller.abort(), DEADLINE);
        }
        JsFuture::from(window.fetch_with_str_and_init(path, &init))
    });
    let read = future_to_promise(async move { Ok(read_text(request).await.map_or(JsValue::NULL, JsValue::from)) });
    async move { JsFuture::from(read).await.ok()?.as_string() }
}

async fn read_text(request: Option<JsFuture>) -> Option<String> {
    let response = request?.await.ok()?.dyn_into::<web_sys::Response>().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
