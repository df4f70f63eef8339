//! The strength estimate under a new passphrase. zxcvbn's word lists are
//! most of its weight (the `passphrase_strength` chunk, about 0.6 MB
//! compressed), so they come only when she starts typing a new passphrase,
//! never with the first download, never to a mentee's phone, and not into
//! the whole-app offline copy (crates/senda-build/src/worker_data.rs). On data saving or 2G
//! she is asked first. Without it, the 8-character rule still holds.
use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
#[cfg(feature = "whole-app")]
use leptos::wasm_split::wasm_split;

#[cfg(feature = "whole-app")]
use super::passphrase_strength::estimate;
use super::passphrase_strength::{Estimate, Strength, Weakness};
use crate::i18n::*;
use crate::platform::connection;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Hint {
    Nothing,
    /// Data saving or 2G: the download waits for her say-so.
    Ask,
    Loading,
    Ready(Estimate),
    /// The chunk could not be fetched (offline before it was ever kept).
    Missing,
}

struct EstimateMissing;

impl From<SplitLoaderError> for EstimateMissing {
    fn from(_: SplitLoaderError) -> Self {
        EstimateMissing
    }
}

#[cfg(feature = "whole-app")]
#[wasm_split(passphrase_strength, wasm_split_path = ::leptos::wasm_split, fallible)]
fn estimate_in_chunk(passphrase: String) -> Result<Option<Estimate>, EstimateMissing> {
    Ok(estimate(&passphrase))
}

type EstimateFuture = Pin<Box<dyn Future<Output = Result<Option<Estimate>, EstimateMissing>>>>;

/// The way to the chunk, handed to the hint by the shell (`provide`), not
/// called by the hint itself. The hint lives in the settings chunk, whose
/// code every wasm link keeps (its entry is an export); if it called the
/// loader directly, a build nobody splits (the wasm-bindgen browser tests)
/// would import wasm-split's placeholder module and fail to start.
#[derive(Clone, Copy)]
pub struct StrengthEstimator(fn(String) -> EstimateFuture);

#[cfg(feature = "whole-app")]
impl StrengthEstimator {
    pub fn provide() {
        provide_context(StrengthEstimator(|passphrase| Box::pin(estimate_in_chunk(passphrase))));
    }
}

/// `id` is what the passphrase field's `aria-describedby` names.
#[component]
pub fn PassphraseStrengthHint(passphrase: RwSignal<String>, id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let hint = RwSignal::new(Hint::Nothing);
    let allowed = RwSignal::new(!connection::is_constrained());
    let estimator = use_context::<StrengthEstimator>();
    Effect::new(move || {
        let typed = passphrase.get();
        if typed.is_empty() {
            hint.set(Hint::Nothing);
            return;
        }
        if !allowed.get() {
            hint.set(Hint::Ask);
            return;
        }
        if !matches!(hint.get_untracked(), Hint::Ready(_)) {
            hint.set(Hint::Loading);
        }
        leptos::task::spawn_local(async move {
            let answer = match estimator {
                Some(StrengthEstimator(estimate)) => estimate(typed.clone()).await,
                None => Err(EstimateMissing),
            };
            // A later keystroke may have answered first, or she left the screen.
            if passphrase.try_get_untracked().as_ref() != Some(&typed) {
                return;
            }
            hint.set(match answer {
                Ok(Some(estimate)) => Hint::Ready(estimate),
                Ok(None) => Hint::Nothing,
                Err(EstimateMissing) => Hint::Missing,
            });
        });
    });

    let shown = Memo::new(move |_| hint.get());
    let text = move || match shown.get() {
        Hint::Nothing => None,
        Hint::Ask => Some(
            view! {
                <button type="button" class="secondary" on:click=move |_| allowed.set(true)>
                    {t!(i18n, lock_strength_ask)}
                </button>
            }
            .into_any(),
        ),
        Hint::Loading => Some(view! { {t!(i18n, lock_strength_loading)} }.into_any()),
        Hint::Missing => Some(view! { {t!(i18n, lock_strength_missing)} }.into_any()),
        Hint::Ready(estimate) => {
            let strength = match estimate.strength {
                Strength::EasyToGuess => t_string!(i18n, lock_strength_easy),
                Strength::CouldBeGuessed => t_string!(i18n, lock_strength_could),
                Strength::HardToGuess => t_string!(i18n, lock_strength_hard),
                Strength::VeryHardToGuess => t_string!(i18n, lock_strength_very_hard),
            };
            let weakness = estimate.weakness.map(|weakness| match weakness {
                Weakness::CommonPassword => t_string!(i18n, lock_weak_common),
                Weakness::SingleWord => t_string!(i18n, lock_weak_word),
                Weakness::Names => t_string!(i18n, lock_weak_names),
                Weakness::Repeats => t_string!(i18n, lock_weak_repeats),
                Weakness::Sequence => t_string!(i18n, lock_weak_sequence),
                Weakness::KeyboardPattern => t_string!(i18n, lock_weak_keyboard),
                Weakness::Dates => t_string!(i18n, lock_weak_dates),
            });
            let level = format!("strength strength-{}", estimate.strength as u8);
            Some(
                view! {
                    <strong class=level>{t!(i18n, lock_strength_label)}" "{strength}</strong>
                    {weakness.map(|text| view! { " "{text} })}
                }
                .into_any(),
            )
        }
    };
    view! { <p id=id class="hint passphrase-strength" aria-live="polite">{text}</p> }
}
