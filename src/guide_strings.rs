//! How the code a shared guide's program reaches looks up its strings, so
//! that a phone downloads its own language's and no other's (#26).
//!
//! `guide_t!`, `guide_t_string!` and `guide_td_string!` take what
//! leptos_i18n's `t!`, `t_string!` and `td_string!` take. In the whole app
//! they are those macros, and the app carries every language, as a mentor's
//! device keeps it all anyway. In the guide's program (`shell::guide_app`)
//! a string is her language's from `strings/<code>.json`, fetched once that
//! language is shown (the page's first script asks for it with the program)
//! and kept offline with the guide. Until it comes, and for good if it never
//! does, the English the program carries stands in: quick exit and the
//! emergency heading are never blank. The keys are
//! `locales/guide-program-keys.txt`'s; build.rs writes their English.

#[cfg(feature = "whole-app")]
macro_rules! guide_t {
    ($($lookup:tt)*) => { $crate::i18n::t!($($lookup)*) };
}

#[cfg(feature = "whole-app")]
macro_rules! guide_t_string {
    ($($lookup:tt)*) => { $crate::i18n::t_string!($($lookup)*) };
}

#[cfg(feature = "whole-app")]
macro_rules! guide_td_string {
    ($($lookup:tt)*) => { $crate::i18n::td_string!($($lookup)*) };
}

#[cfg(not(feature = "whole-app"))]
macro_rules! guide_t {
    ($i18n:expr, $key:ident) => {{
        let i18n = $i18n;
        move || $crate::guide_strings::text(i18n.get_locale(), $crate::guide_strings::keys::$key)
    }};
    ($i18n:expr, $key:ident, $($name:ident = $value:expr),+ $(,)?) => {{
        let i18n = $i18n;
        $(let $name = $value;)+
        move || {
            let text = $crate::guide_strings::text(i18n.get_locale(), $crate::guide_strings::keys::$key);
            senda_core::language::fill(text, &[$((stringify!($name), $name().to_string())),+])
        }
    }};
}

#[cfg(not(feature = "whole-app"))]
macro_rules! guide_t_string {
    ($i18n:expr, $key:ident) => {
        $crate::guide_strings::text($i18n.get_locale(), $crate::guide_strings::keys::$key)
    };
}

#[cfg(not(feature = "whole-app"))]
macro_rules! guide_td_string {
    ($locale:expr, $key:ident) => {
        $crate::guide_strings::text($locale, $crate::guide_strings::keys::$key)
    };
}

#[cfg(not(feature = "whole-app"))]
pub use from_files::{follow_language, keys, text};

#[cfg(not(feature = "whole-app"))]
mod from_files {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::time::Duration;

    use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
    use leptos::prelude::*;
    use leptos_i18n::I18nContext;
    use leptos_i18n::Locale as _;
    use senda_core::retry_wait::retry_wait;

    use crate::i18n::{Locale, use_i18n};
    use crate::platform::fetch_text::fetch_text;

    /// A string of the guide's program: its key in the strings files, and
    /// its English.
    #[derive(Clone, Copy)]
    pub struct Key {
        pub name: &'static str,
        pub english: &'static str,
    }

    include!(concat!(env!("OUT_DIR"), "/guide_keys.rs"));

    /// Where a language's strings stand.
    enum Kept {
        /// Not read yet.
        Asked(Tries),
        /// Handed out as `&'static str`, as leptos_i18n's lookups are, so
        /// each language's strings are kept for the page's life once read:
        /// at most six small tables, read once each.
        Read(&'static HashMap<String, String>),
    }

    /// A language's tries, so that however often she switches and the
    /// browser says it is online, at most one request is out and one next
    /// try is booked.
    #[derive(Default)]
    struct Tries {
        asking: bool,
        /// Asked for again while a try was out: tried once more at once if it fails.
        again: bool,
        failures: u32,
        booked: Option<TimeoutHandle>,
    }

    thread_local! {
        static LANGUAGES: RefCell<HashMap<Locale, Kept>> = RefCell::new(HashMap::new());
        // Every shown string reads this, so each redraws when a language's
        // strings arrive.
        static ARRIVED: ArcTrigger = ArcTrigger::new();
    }

    /// `key` in `locale`: from its strings file once read, else English.
    /// Checked here rather than when the file is read, as the program
    /// holds no list of its keys to check a file against.
    pub fn text(locale: Locale, key: Key) -> &'static str {
        ARRIVED.with(Track::track);
        if locale == Locale::en {
            return key.english;
        }
        LANGUAGES
            .with_borrow(|languages| match languages.get(&locale) {
                Some(Kept::Read(strings)) => strings.get(key.name),
                _ => None,
            })
            .filter(|translated| senda_core::language::fits(translated, key.english))
            .map_or(key.english, String::as_str)
    }

    /// Asks for the strings of each language she is shown, once read for
    /// good. One that could not be fetched is asked for again while it is
    /// shown: at once when the browser is back online, and after a wait
    /// that doubles (`retry_wait`), for a line that failed without the
    /// browser going offline. Called once her stored choice has set the
    /// language, so the phone's own language is not fetched for nothing.
    pub fn follow_language() {
        let i18n = use_i18n();
        Effect::new(move |_| ask(i18n, i18n.get_locale()));
        let online = window_event_listener(leptos::ev::online, move |_| ask(i18n, i18n.get_locale_untracked()));
        on_cleanup(move || online.remove());
    }

    fn ask(i18n: I18nContext<Locale>, locale: Locale) {
        if locale == Locale::en || i18n.get_locale_untracked() != locale {
            return;
        }
        let start = with_tries(locale, |tries| {
            if tries.asking {
                tries.again = true;
                return false;
            }
            if let Some(booked) = tries.booked.take() {
                booked.clear();
            }
            tries.asking = true;
            true
        });
        if start != Some(true) {
            return;
        }
        leptos::task::spawn_local(async move {
            let strings = fetch_text(&format!("strings/{}.json", locale.as_str()))
                .await
                .and_then(|text| senda_core::language::read_strings(&text));
            let Some(strings) = strings else {
                let wait = with_tries(locale, |tries| {
                    tries.asking = false;
                    if std::mem::take(&mut tries.again) {
                        return Duration::ZERO;
                    }
                    tries.failures += 1;
                    retry_wait(tries.failures - 1)
                });
                // A next try that cannot be booked is left to the next
                // online event or choice of language.
                if let Some(Ok(booked)) = wait.map(|wait| set_timeout_with_handle(move || ask(i18n, locale), wait)) {
                    with_tries(locale, |tries| tries.booked = Some(booked));
                }
                return;
            };
            LANGUAGES.with_borrow_mut(|languages| languages.insert(locale, Kept::Read(Box::leak(Box::new(strings)))));
            ARRIVED.with(Notify::notify);
        });
    }

    /// `change` on `locale`'s tries; None once its strings are read.
    fn with_tries<T>(locale: Locale, change: impl FnOnce(&mut Tries) -> T) -> Option<T> {
        LANGUAGES.with_borrow_mut(|languages| {
            match languages.entry(locale).or_insert_with(|| Kept::Asked(Tries::default())) {
                Kept::Asked(tries) => Some(change(tries)),
                Kept::Read(_) => None,
            }
        })
    }
}
