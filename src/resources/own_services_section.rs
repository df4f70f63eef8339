//! On the guide's first screen, the mentor's own services: add one, and
//! export them all as a pack for the social team, who can check them and
//! put them in the organisation's pack for every mentor.
use leptos::prelude::*;

use super::own_service::export;
use super::resource_state::ResourceState;
use crate::i18n::*;
use crate::platform::clock;
use crate::platform::download::save_text_file;
use crate::router::Route;
use crate::ui::card::Card;
use crate::ui::notice::Notice;

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Idle,
    Exported,
    Failed,
}

#[component]
pub fn OwnServicesSection(guide: ResourceState) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = RwSignal::new(Outcome::Idle);
    let count = move || guide.own.with(Vec::len);
    let export_file = move |_| {
        let pack = guide.own.with_untracked(|own| export(own, t_string!(i18n, own_export_organization)));
        let saved = serde_json::to_string_pretty(&pack).ok().and_then(|text| {
            let name = format!("senda-services-{}.json", clock::local_day_today());
            save_text_file(&name, "application/json", &text).ok()
        });
        outcome.set(if saved.is_some() { Outcome::Exported } else { Outcome::Failed });
    };
    view! {
        <Card id="own-services-heading" heading=Signal::derive(move || t_string!(i18n, own_heading).to_owned())>
            <p>{t!(i18n, own_count, count = count)}</p>
            <p class="actions">
                <a class="button" href=Route::ServiceNew.to_hash()>{t!(i18n, own_add)}</a>
                <button type="button" class="secondary" disabled=move || count() == 0 on:click=export_file>{t!(i18n, own_export)}</button>
            </p>
            <p class="hint">{t!(i18n, own_export_hint)}</p>
            {move || match outcome.get() {
                Outcome::Idle => None,
                Outcome::Exported => Some(view! { <Notice>{t!(i18n, own_exported)}</Notice> }.into_any()),
                Outcome::Failed => Some(view! { <Notice warning=true>{t!(i18n, backup_download_failed)}</Notice> }.into_any()),
            }}
        </Card>
    }
}
