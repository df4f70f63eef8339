//! A 1–5 rating as five big numbered radio buttons, each named by its word
//! (never a slider, which is slow with a finger and hard with a screen
//! reader), and a way to leave it unanswered.
use leptos::prelude::*;

use super::check_in::Rating;
use crate::i18n::*;

/// The word for a step of any scale: very low … very high.
pub fn rating_word(i18n: leptos_i18n::I18nContext<Locale>, rating: Rating) -> &'static str {
    match rating {
        1 => t_string!(i18n, scale_1),
        2 => t_string!(i18n, scale_2),
        3 => t_string!(i18n, scale_3),
        4 => t_string!(i18n, scale_4),
        _ => t_string!(i18n, scale_5),
    }
}

#[component]
pub fn RatingChoice(
    name: &'static str,
    #[prop(into)] legend: Signal<String>,
    value: Signal<Option<Rating>>,
    on_pick: Callback<Option<Rating>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // One row of numbered steps fits a small phone (the four-tap check-in
    // stays above the fold); each step's word is in its name for a screen
    // reader, and the two ends are written under the row.
    view! {
        <fieldset class="field scale">
            <legend>{legend}</legend>
            <div class="scale-points">
                {(1..=5u8).map(|rating| view! {
                    <label class="scale-point">
                        <input type="radio" name=name value=rating.to_string()
                            prop:checked=move || value.get() == Some(rating)
                            on:change=move |_| on_pick.run(Some(rating)) />
                        {rating}<span class="visually-hidden">" " {move || rating_word(i18n, rating)}</span>
                    </label>
                }).collect_view()}
                <label class="scale-point scale-skip">
                    <input type="radio" name=name value="" prop:checked=move || value.get().is_none()
                        on:change=move |_| on_pick.run(None) />
                    {t!(i18n, scale_skip)}
                </label>
            </div>
            <p class="scale-ends" aria-hidden="true">
                <span>{move || format!("1 {}", rating_word(i18n, 1))}</span>
                <span>{move || format!("5 {}", rating_word(i18n, 5))}</span>
            </p>
        </fieldset>
    }
}
