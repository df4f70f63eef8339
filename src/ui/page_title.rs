//! Each screen names itself in its heading and in the document title, so a
//! screen reader announces where the user is and browser tabs are told apart.
use leptos::prelude::*;

use crate::i18n::*;

/// The screen's `<h1>`, mirrored into `document.title` as "Journal · Senda".
#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        document().set_title(&format!("{} · {}", text.get(), t_string!(i18n, app_name)));
    });
    view! { <h1>{text}</h1> }
}
