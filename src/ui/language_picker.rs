//! Choose the language; the choice is stored for this device at once.
use leptos::prelude::*;

use crate::i18n::*;
use crate::language::{self, Language};
use crate::storage::Store;
use crate::storage::store_handle::use_store;

#[component]
/// `compact`: the label is read, not drawn (the header, where the chosen
/// language's own name in the list says what it is and a second line of
/// header would push the screen down on a phone).
pub fn LanguagePicker(id: &'static str, #[prop(optional)] compact: bool) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_store();
    let options = Language::ALL
        .into_iter()
        .map(|each| {
            view! {
                <option value=each.code() lang=each.document_lang() selected=move || i18n.get_locale() == language::locale(each)>
                    {each.own_name()}
                </option>
            }
        })
        .collect_view();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(chosen) = Language::parse(&event_target_value(&event)) {
            i18n.set_locale(language::locale(chosen));
            // Not saving only means the browser's language is used next time.
            // Her language is a readable setting, written while Senda is
            // locked too (a mentee on a locked phone): it needs no key.
            let _ = language::remember_choice(&Store::new(storage.backend()), chosen);
        }
    };
    view! {
        <span class="language-picker">
            <label for=id class:visually-hidden=compact>{guide_t!(i18n, language_label)}</label>
            <select id=id on:change=on_change>{options}</select>
        </span>
    }
}
