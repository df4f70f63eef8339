//! The one notice every screen uses to say what happened: "Saved." as a
//! polite status, or a warning that interrupts (`role="alert"`) for what went
//! wrong or needs her attention. One place for its markup and roles, so a
//! screen reader hears every screen's outcome the same way.
use leptos::prelude::*;

#[component]
pub fn Notice(#[prop(optional)] warning: bool, children: Children) -> impl IntoView {
    if warning {
        view! { <p class="notice notice-warning" role="alert">{children()}</p> }.into_any()
    } else {
        view! { <p class="notice" role="status">{children()}</p> }.into_any()
    }
}

/// What a choice saved at once says: `saved` is None until she chooses,
/// then whether the write worked; the children are the words for when it did.
#[component]
pub fn SaveOutcome(saved: RwSignal<Option<bool>>, children: ChildrenFn) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    move || {
        let done = children.clone();
        saved.get().map(move |ok| {
            if ok {
                view! { <Notice>{done()}</Notice> }.into_any()
            } else {
                view! { <Notice warning=true>{crate::i18n::t!(i18n, storage_unavailable)}</Notice> }.into_any()
            }
        })
    }
}
