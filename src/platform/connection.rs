//! What the browser says of the connection (`navigator.connection`, where
//! there is one): whether she asked to save data, or the link is 2G.
use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// True when fetching what this screen does not need would cost her: data
/// saving is on, or the connection is "slow-2g" or "2g". False where the
/// browser does not say (Firefox, Safari).
pub fn is_constrained() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(connection) = Reflect::get(&window.navigator(), &JsValue::from_str("connection")) else { return false };
    if connection.is_undefined() || connection.is_null() {
        return false;
    }
    let save_data = Reflect::get(&connection, &JsValue::from_str("saveData")).ok().and_then(|value| value.as_bool());
    let kind = Reflect::get(&connection, &JsValue::from_str("effectiveType")).ok().and_then(|value| value.as_string());
    save_data == Some(true) || matches!(kind.as_deref(), Some("slow-2g" | "2g"))
}
