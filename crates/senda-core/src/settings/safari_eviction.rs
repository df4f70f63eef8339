//! Safari on an iPhone or iPad deletes all of a site's script-writable
//! storage, localStorage included, "after seven days of Safari use without
//! user interaction on the site"; a web app added to the Home Screen has
//! its own count of days, kept by its use. Source: WebKit blog, "Full
//! Third-Party Cookie Blocking and More" (J. Wilander, 24 March 2020, with
//! the Home Screen clarification added after), webkit.org/blog/10218, read
//! on 3 December 2026 through the copies quoted at pxlnv.com/linklog/safari-pwa
//! and ionicframework.com/blog/is-apple-trying-to-kill-pwas (the WebKit page
//! itself is not in the stored corpus). Senda names this before she writes
//! and reminds her of a backup well inside those seven days.

/// Days after which the backup reminder comes in such a browser: inside the
/// seven, with room for a weekend.
pub const REMINDER_DAYS: i64 = 5;

/// What the browser says of itself: its user agent, how many touch points
/// it has (iPadOS Safari names itself a Mac) and whether Senda runs as the
/// Home Screen app.
pub struct Browser<'a> {
    pub user_agent: &'a str,
    pub max_touch_points: i32,
    pub standalone: bool,
}

/// Whether the seven-day deletion applies: Safari's own tabs on iOS or
/// iPadOS, outside the Home Screen app. Other browsers on iOS name
/// themselves (CriOS, FxiOS, EdgiOS, OPiOS) and are left to the general
/// `persist()` notice in Settings.
pub fn deletes_after_seven_days(browser: &Browser) -> bool {
    let ua = browser.user_agent;
    let apple_mobile =
        ua.contains("iPhone") || ua.contains("iPad") || (ua.contains("Macintosh") && browser.max_touch_points > 1);
    let other_browser = ["CriOS", "FxiOS", "EdgiOS", "OPiOS"].iter().any(|name| ua.contains(name));
    apple_mobile && ua.contains("Safari") && !other_browser && !browser.standalone
}

/// Days without a backup after which the reminder comes.
pub fn reminder_days(seven_day_deletion: bool) -> i64 {
    if seven_day_deletion { REMINDER_DAYS } else { 30 }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const IPAD_AS_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    const CHROME_ON_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1";
    const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

    fn deletes(user_agent: &str, max_touch_points: i32, standalone: bool) -> bool {
        deletes_after_seven_days(&Browser { user_agent, max_touch_points, standalone })
    }

    #[test]
    fn safari_tabs_on_iphone_and_ipad_delete_after_seven_days() {
        assert!(deletes(IPHONE, 5, false));
        assert!(deletes(IPAD_AS_MAC, 5, false), "iPadOS Safari names itself a Mac");
        assert!(!deletes(IPAD_AS_MAC, 0, false), "a real Mac");
        assert!(!deletes(IPHONE, 5, true), "opened from the Home Screen");
        assert!(!deletes(CHROME_ON_IPHONE, 5, false));
        assert!(!deletes(ANDROID, 5, false));
    }

    #[test]
    fn the_reminder_comes_inside_the_seven_days_there_and_monthly_elsewhere() {
        assert!(reminder_days(true) < 7);
        assert_eq!(reminder_days(false), 30);
    }
}
