//! A card: a section with its heading, named by it for screen readers (the
//! settings' parts, the self-care screen's reminder and WHO-5, the guide's
//! own entries and import). One markup for every feature's cards.
use leptos::prelude::*;

#[component]
pub fn Card(
    /// The heading's id, unique on the screen.
    id: &'static str,
    #[prop(into)] heading: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {children()}
        </section>
    }
}

/// What a list or screen says while it has nothing to show yet.
#[component]
pub fn EmptyState(children: Children) -> impl IntoView {
    view! { <p class="empty">{children()}</p> }
}
