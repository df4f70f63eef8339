//! The browser's speech synthesis (`src/js/speech.js`): the phone's voices,
//! reading a text with one of them, stopping.
use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::resources::read_aloud::Voice;

#[wasm_bindgen(module = "/src/js/speech.js")]
extern "C" {
    #[wasm_bindgen(js_name = voices)]
    fn voices_js() -> Promise;
    #[wasm_bindgen(js_name = speak)]
    fn speak_js(text: &str, lang: &str, name: &str) -> Promise;
    #[wasm_bindgen(js_name = stop)]
    pub fn stop();
}

/// Every voice the browser lists; none where it has no speech synthesis.
pub async fn voices() -> Vec<Voice> {
    let Ok(list) = JsFuture::from(voices_js()).await else { return Vec::new() };
    Array::from(&list)
        .iter()
        .filter_map(|entry| {
            let entry = Array::from(&entry);
            Some(Voice {
                name: entry.get(0).as_string()?,
                lang: entry.get(1).as_string()?,
                local: entry.get(2).as_bool()?,
            })
        })
        .collect()
}

/// Reads `text` with `voice`; returns when the reading is over or stopped.
pub async fn speak(text: &str, voice: &Voice) {
    let _ = JsFuture::from(speak_js(text, &voice.lang, &voice.name)).await;
}
