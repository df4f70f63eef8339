//! Reads a file of Senda's own folder (a resource pack, the organisation's
//! settings). Asks the server again each time (`no-cache`), so a file the
//! organisation changed shows on the next start; offline, the service
//! worker answers with the last copy it kept.
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file's text, or None when there is no file, no connection and no
/// kept copy, or the server refused.
pub async fn fetch_text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response =
        JsFuture::from(window.fetch_with_str_and_init(path, &init)).await.ok()?.dyn_into::<web_sys::Response>().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
