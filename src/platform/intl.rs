//! Dates and numbers in the user's locale through the browser's `Intl`, which
//! every browser already carries: no locale data ships in Senda's bundle.
use chrono::{Datelike, NaiveDateTime, Timelike};
use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::day::{self, Day, DayTime};

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
    format_with(locale, date, &[("dateStyle", "full")])
}

/// A local date and time as the JS date `Intl` formats.
fn local_date(at: NaiveDateTime) -> js_sys::Date {
    js_sys::Date::new_with_year_month_day_hr_min(
        at.year() as u32,
        at.month0() as i32,
        at.day() as i32,
        at.hour() as i32,
        at.minute() as i32,
    )
}

thread_local! {
    /// Building an `Intl.DateTimeFormat` costs far more than using one; a list
    /// of 50 entries would build 50. One is kept per locale and style.
    static DATE_FORMATS: std::cell::RefCell<Vec<(String, Function)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn format_with(locale: &str, date: &js_sys::Date, pairs: &[(&str, &str)]) -> String {
    let key = format!("{locale}|{pairs:?}");
    let format = DATE_FORMATS.with_borrow_mut(|formats| {
        if let Some((_, format)) = formats.iter().find(|(known, _)| *known == key) {
            return format.clone();
        }
        let format = Intl::DateTimeFormat::new(&locales(locale), &options(pairs)).format();
        formats.push((key, format.clone()));
        format
    });
    format.call1(&JsValue::UNDEFINED, date).ok().and_then(|text| text.as_string()).unwrap_or_default()
}

/// "29 Nov 2026, 14:35" in the locale's own order.
pub fn date_time(locale: &str, at: DayTime) -> String {
    format_with(locale, &local_date(at.date_time()), &[("dateStyle", "medium"), ("timeStyle", "short")])
}

/// "29 Nov 2026" for the day 2026-11-29.
pub fn medium_date(locale: &str, day: Day) -> String {
    format_with(locale, &local_date(day.date().into()), &[("dateStyle", "medium")])
}

/// "November 2026", "noviembre de 2026", "novembre del 2026" for "2026-11".
pub fn month_year(locale: &str, month: &str) -> String {
    day::date(&format!("{month}-01"))
        .map(|date| format_with(locale, &local_date(date.into()), &[("month", "long"), ("year", "numeric")]))
        .unwrap_or_else(|| month.to_owned())
}

/// A source's own date as precise as the page gives it: "2025" stays a
/// year, "2025-10" is "October 2025", "2025-10-13" "13 Oct 2025".
pub fn partial_date(locale: &str, date: &str) -> String {
    match date.len() {
        7 => month_year(locale, date),
        10 => Day::parse(date).map_or_else(|| date.to_owned(), |day| medium_date(locale, day)),
        _ => date.to_owned(),
    }
}

/// A number with `fraction_digits` decimals, grouped as the locale groups them.
pub fn number(locale: &str, value: f64, fraction_digits: u8) -> String {
    let digits = fraction_digits.to_string();
    let options = options(&[("minimumFractionDigits", &digits), ("maximumFractionDigits", &digits)]);
    format_number(locale, value, &options)
}

/// "42 %", "42 %", "42%" as each locale writes a share of 0.42.
pub fn percent(locale: &str, share: f64) -> String {
    format_number(locale, share, &options(&[("style", "percent")]))
}

fn format_number(locale: &str, value: f64, options: &Object) -> String {
    Intl::NumberFormat::new(&locales(locale), options)
        .format()
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| value.to_string())
}
