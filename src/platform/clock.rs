//! The device's clock, in the forms the features store.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The device's time as it was when this page started, plus the time since
/// on a clock the device's settings cannot move: after the start, moving
/// the phone's clock does not move this one (`vault::two_clocks`).
pub fn steady_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.time_origin() + performance.now())
}

/// The local date and time as a `datetime-local` field writes it: "2026-11-29T14:35".
pub fn local_date_time_now() -> String {
    local_now().map_or_else(String::new, crate::day::date_time_text)
}

/// Today's local date. The browser's `Date` always names a real day; were
/// it ever unreadable, 1970-01-01 would stand in, never a made-up text.
pub fn local_day_today() -> crate::day::Day {
    local_now().map(|now| crate::day::Day::from_date(now.date())).unwrap_or_default()
}

/// The local time of day, to the minute.
pub fn local_time_now() -> Option<chrono::NaiveTime> {
    local_now().map(|now| now.time())
}

/// The device's local date and time, from the browser's clock and time zone
/// (chrono's own clock would ship a second time zone adapter).
fn local_now() -> Option<chrono::NaiveDateTime> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())?.and_hms_opt(
        now.get_hours(),
        now.get_minutes(),
        0,
    )
}
