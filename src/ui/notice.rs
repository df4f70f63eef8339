//! The one notice every screen uses to say what happened: "Saved." as a
//! polite status, or a warning that interrupts (`role="alert"`) for what went
//! wrong or needs her attention. One place for its markup and roles, so a
//! screen reader hears every screen's outcome the same way.
use leptos::prelude::*;

/// `warning`: something went wrong or needs her attention (a warning's look).
/// `standing`: the notice is part of the page from the start (a service no
/// longer active, a passphrase that cannot be recovered), so it is a note for
/// a screen reader to find, not news to announce: no live role.
/// `block`: the children are blocks (a heading, a list, buttons), not a line.
#[component]
pub fn Notice(
    #[prop(optional)] warning: bool,
    #[prop(optional)] standing: bool,
    #[prop(optional)] block: bool,
    /// A class of the screen's own beside the notice's.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let role = match (standing, warning) {
        (true, _) => "note",
        (false, true) => "alert",
        (false, false) => "status",
    };
    let mut classes = String::from("notice");
    if warning {
        classes.push_str(" notice-warning");
    }
    if !class.is_empty() {
        classes.push(' ');
        classes.push_str(class);
    }
    if block {
        view! { <div class=classes role=role>{children()}</div> }.into_any()
    } else {
        view! { <p class=classes role=role>{children()}</p> }.into_any()
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
                view! { <Notice warning=true>{guide_t!(i18n, storage_unavailable)}</Notice> }.into_any()
            }
        })
    }
}
