//! One option as a chip: a radio button or checkbox with its words, the whole
//! chip the target (at least 44 px high), chips wrapping between themselves
//! and never inside a short label. Every feature's options use it, so they
//! look and behave alike.
use leptos::prelude::*;

#[component]
pub fn Chip(
    /// The radio group's name; without one the chip is a checkbox.
    #[prop(optional, into)]
    group: Option<String>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    /// Called with the chip's new state when she taps it.
    #[prop(into)]
    on_change: Callback<bool>,
    children: Children,
) -> impl IntoView {
    let kind = if group.is_some() { "radio" } else { "checkbox" };
    view! {
        <label class="choice">
            <input type=kind name=group value=value prop:checked=move || checked.get()
                on:change=move |event| on_change.run(event_target_checked(&event)) />
            {children()}
        </label>
    }
}
