//! Choose the language; the choice is stored for this device at once.
use leptos::prelude::*;

use crate::i18n::*;
use crate::language::{self, LANGUAGES};

#[component]
/// `compact`: the label is read, not drawn (the header, where the chosen
/// language's own name in the list says what it is and a second line of
/// header would push the screen down on a phone).
pub fn LanguagePicker(id: &'static str, #[prop(optional)] compact: bool) -> impl IntoView {
    let i18n = use_i18n();
    let options = LANGUAGES
        .iter()
        .map(|(locale, name)| {
            let locale = *locale;
            view! {
                <option value=locale.as_str() lang=language::document_lang(locale) selected=move || i18n.get_locale() == locale>
                    {*name}
                </option>
            }
        })
        .collect_view();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(locale) = language::parse(&event_target_value(&event)) {
            i18n.set_locale(locale);
            // Not saving only means the browser's language is used next time.
            let _ = language::remember_choice(&crate::vault::vault_session::browser_store(), locale);
        }
    };
    view! {
        <span class="language-picker">
            <label for=id class:visually-hidden=compact>{t!(i18n, language_label)}</label>
            <select id=id on:change=on_change>{options}</select>
        </span>
    }
}
