//! Saves text as a file on the device (the browser's download), without any
//! server: the file is built in memory and handed over as a blob URL.
use wasm_bindgen::JsCast;

/// The browser would not build or hand over the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DownloadFailed;

pub fn save_text_file(file_name: &str, mime_type: &str, text: &str) -> Result<(), DownloadFailed> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| DownloadFailed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadFailed)?;
    let document = web_sys::window().and_then(|window| window.document()).ok_or(DownloadFailed)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| DownloadFailed)?.dyn_into().map_err(|_| DownloadFailed)?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Opens the browser's print dialog.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
