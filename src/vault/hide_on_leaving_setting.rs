//! The choice of when Senda locks after she leaves the page.
use leptos::prelude::*;

use super::hide_on_leaving::{CHOICES_SECONDS, HideOnLeaving};
use super::vault_session::use_vault;
use crate::i18n::*;

#[component]
pub fn HideOnLeavingSetting() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let chosen = move || {
        let hide = vault.hide_on_leaving.get();
        if hide.on { hide.after_seconds.to_string() } else { "off".to_owned() }
    };
    let choose = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let hide = match value.parse::<u32>() {
            Ok(after_seconds) => HideOnLeaving { on: true, after_seconds },
            Err(_) => HideOnLeaving { on: false, ..vault.hide_on_leaving.get_untracked() },
        };
        let _ = vault.set_hide_on_leaving(hide);
    };
    view! {
        <p>
            <label for="hide-on-leaving">{t!(i18n, lock_on_leaving)}</label>
            <select id="hide-on-leaving" on:change=choose>
                {CHOICES_SECONDS.into_iter().map(|seconds| view! {
                    <option value=seconds.to_string() selected=move || chosen() == seconds.to_string()>
                        {if seconds == 0 {
                            t!(i18n, lock_on_leaving_at_once).into_any()
                        } else {
                            t!(i18n, lock_on_leaving_after, seconds = move || seconds).into_any()
                        }}
                    </option>
                }).collect_view()}
                <option value="off" selected=move || chosen() == "off">{t!(i18n, lock_on_leaving_off)}</option>
            </select>
            <span class="hint">{t!(i18n, lock_on_leaving_hint)}</span>
        </p>
    }
}
