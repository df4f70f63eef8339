//! A link that names no screen (mistyped, or from a newer Senda).
use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::page_title::PageTitle;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, not_found_title).to_owned()) />
        <p>{t!(i18n, not_found_text)}</p>
    }
}
