//! The device's clock, in the forms the features store.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Milliseconds since this page started, on a clock the device's settings
/// cannot move (`performance.now()`).
pub fn page_ms() -> f64 {
    web_sys::window().and_then(|window| window.performance()).map_or(0.0, |performance| performance.now())
}

/// The local date and time as a `datetime-local` field writes it: "2026-11-29T14:35".
pub fn local_date_time_now() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
        now.get_hours(),
        now.get_minutes()
    )
}

/// Today's local date: "2026-11-29".
pub fn local_day_today() -> String {
    local_date_time_now()[..10].to_owned()
}
