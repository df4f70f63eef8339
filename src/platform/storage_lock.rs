//! The Web Lock a whole-store change holds (`src/js/storage_lock.js`): a
//! passphrase change or a restore waits for it, and the recovery of an
//! interrupted one runs only when no other tab holds it.
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/js/storage_lock.js")]
extern "C" {
    #[wasm_bindgen(js_name = whileHeld)]
    fn while_held_js(work: JsValue);
    #[wasm_bindgen(js_name = ifFree)]
    fn if_free_js(work: JsValue);
}

/// Runs `work` once this tab holds the lock: at once, or after another
/// tab's change has finished.
pub fn while_held(work: impl FnOnce() + 'static) {
    while_held_js(Closure::once_into_js(work));
}

/// Runs `work` soon: with `true` while holding the lock, with `false` if
/// another tab holds it (a change is under way there, so nothing here may
/// take its copies for leftovers).
pub fn if_free(work: impl FnOnce(bool) + 'static) {
    if_free_js(Closure::once_into_js(work));
}
