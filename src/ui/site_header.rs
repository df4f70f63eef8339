//! The bar at the top of every screen: Senda's name and the language picker.
use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::language_picker::LanguagePicker;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <a class="brand" href="#/">{t!(i18n, app_name)}</a>
            <LanguagePicker id="header-language" />
        </header>
    }
}
