//! Dates and numbers in the user's locale through the browser's `Intl`, which
//! every browser already carries: no locale data ships in Senda's bundle.
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (name, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    object
}

fn locales(locale: &str) -> Array {
    Array::of1(&JsValue::from_str(locale))
}

/// "Sunday, 29 November 2026", "domingo, 29 de noviembre de 2026", "diumenge, 29 de novembre del 2026".
pub fn long_date(locale: &str, date: &js_sys::Date) -> String {
    let format = Intl::DateTimeFormat::new(&locales(locale), &options(&[("dateStyle", "full")]));
    format.format().call1(&JsValue::UNDEFINED, date).ok().and_then(|text| text.as_string()).unwrap_or_default()
}

/// A number with the locale's grouping and decimal marks ("1,234.5", "1.234,5").
pub fn number(locale: &str, value: f64) -> String {
    let format = Intl::NumberFormat::new(&locales(locale), &options(&[("maximumFractionDigits", "1")]));
    format
        .format()
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}
