//! Reads a file of Senda's own folder (a resource pack, the organisation's
//! settings). Asks the server again each time (`no-cache`), so a file the
//! organisation changed shows on the next start; offline, the service
//! worker answers with the last copy it kept.
use std::future::Future;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file's text, or None when there is no file, no connection and no
/// kept copy, or the server refused. The request goes out when this is
/// called, not when the answer is awaited, so several files can be asked
/// for side by side and read in a fixed order.
pub fn fetch_text(path: &str) -> impl Future<Output = Option<String>> + use<> {
    let request = web_sys::window().map(|window| {
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoCache);
        JsFuture::from(window.fetch_with_str_and_init(path, &init))
    });
    async move {
        let response = request?.await.ok()?.dyn_into::<web_sys::Response>().ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?).await.ok()?.as_string()
    }
}
