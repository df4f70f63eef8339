//! The two cards a mentor may need in the middle of a conversation, one tap
//! away: "If she is distressed" (grounding, breathing, what not to do) and
//! "If I am triggered" (pause, ground yourself, step out, your plan).
use leptos::prelude::*;

use crate::i18n::*;
use crate::router::Route;

#[derive(Clone, Copy, PartialEq)]
enum Card {
    None,
    Distressed,
    Triggered,
}

#[component]
pub fn QuickCards() -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(Card::None);
    let toggle = move |card: Card| open.update(|open| *open = if *open == card { Card::None } else { card });
    view! {
        <div class="quick-cards">
            <p class="actions">
                <button type="button" class="secondary" aria-expanded=move || (open.get() == Card::Distressed).to_string()
                    aria-controls="card-distressed" on:click=move |_| toggle(Card::Distressed)>{t!(i18n, card_distressed_title)}</button>
                <button type="button" class="secondary" aria-expanded=move || (open.get() == Card::Triggered).to_string()
                    aria-controls="card-triggered" on:click=move |_| toggle(Card::Triggered)>{t!(i18n, card_triggered_title)}</button>
            </p>
            <section id="card-distressed" class="card quick-card" hidden=move || open.get() != Card::Distressed aria-labelledby="card-distressed-heading">
                <h2 id="card-distressed-heading">{t!(i18n, card_distressed_title)}</h2>
                <p class="pack-text">{t!(i18n, card_distressed_steps)}</p>
                <h3>{t!(i18n, card_distressed_avoid_heading)}</h3>
                <p class="pack-text">{t!(i18n, card_distressed_avoid)}</p>
                <p class="hint">{t!(i18n, card_distressed_danger)}</p>
            </section>
            <section id="card-triggered" class="card quick-card" hidden=move || open.get() != Card::Triggered aria-labelledby="card-triggered-heading">
                <h2 id="card-triggered-heading">{t!(i18n, card_triggered_title)}</h2>
                <p class="pack-text">{t!(i18n, card_triggered_steps)}</p>
                <p><a href=Route::SelfCarePlan.to_hash()>{t!(i18n, support_open_plan)}</a></p>
            </section>
        </div>
    }
}
