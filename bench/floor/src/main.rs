//! The bare app `make bench` measures beside Senda: the same first screen's
//! shape (header, heading, a "New entry" that opens a text field, the
//! section navigation) and a read from localStorage, and nothing else.
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(Floor);
}

#[component]
fn Floor() -> impl IntoView {
    let stored: Option<serde_json::Value> = LocalStorage::get("floor/visits").ok();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).map(|day| day.to_string()).unwrap_or_default();
    let writing = RwSignal::new(false);
    let sections = ["Journal", "Resources", "Conversations", "Self-care", "Settings"];
    view! {
        <header class="site-header"><a class="brand" href="#/journal">"Senda"</a><button type="button">"Quick exit"</button></header>
        <main id="main-content">
            <h1>"Journal"</h1>
            <p>{day} " " {stored.map(|value| value.to_string())}</p>
            <a class="button" href="#/journal/new" on:click=move |event| { event.prevent_default(); writing.set(true) }>"New entry"</a>
            <Show when=move || writing.get()><textarea id="entry-body"></textarea></Show>
        </main>
        <nav class="site-nav">
            <ul>
                {sections.into_iter().enumerate().map(|(index, name)| view! {
                    <li><a href="#/" aria-current=(index == 0).then_some("page")>{name}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}
