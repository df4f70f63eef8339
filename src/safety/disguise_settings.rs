//! Choosing the name and icon Senda shows (`disguise`), and putting that
//! choice into the page's head: the manifest a browser installs from, the
//! tab's icon, the Home Screen icon and the bar's colour. A shared guide
//! link has no manifest at all, so a mentee's browser never offers to
//! install Senda on her phone.
use leptos::prelude::*;

use super::disguise::Disguise;
use crate::i18n::*;
use crate::organisation::org_state::OrgState;
use crate::settings::setting_id::SettingId;
use crate::storage::Expect;
use crate::storage::store_handle::use_store;
use crate::ui::card::Card;
use crate::ui::notice::SaveOutcome;
use leptos_i18n::Locale as _;

/// The choice in force on this device, for the shell.
#[derive(Clone, Copy)]
pub struct ChosenDisguise(pub RwSignal<Disguise>);

impl ChosenDisguise {
    /// Her choice in Settings; until she makes one, the organisation's
    /// `default_disguise` (senda.config.json) as soon as its file is read,
    /// and Senda's own name without either.
    pub fn provide(org: OrgState) -> ChosenDisguise {
        let storage = use_store();
        let hers = move || {
            let stored = storage.store().load::<String>(&SettingId::Disguise.key()).ok().flatten();
            stored.and_then(|stored| Disguise::parse(&stored.value))
        };
        let chosen = ChosenDisguise(RwSignal::new(hers().unwrap_or_default()));
        Effect::new(move |_| {
            let default = org.config.with(|config| config.default_disguise);
            // Her own choice, even one made since the start, always wins.
            if hers().is_none() {
                chosen.0.set(default.unwrap_or_default());
            }
        });
        provide_context(chosen);
        chosen
    }
}

/// The disguise's name in `locale`, which is then the whole document title.
pub fn disguise_name(locale: Locale, disguise: Disguise) -> &'static str {
    match disguise {
        Disguise::Senda => guide_td_string!(locale, app_name),
        Disguise::Notes => guide_td_string!(locale, disguise_notes),
        Disguise::Calendar => guide_td_string!(locale, disguise_calendar),
        Disguise::Recipes => guide_td_string!(locale, disguise_recipes),
    }
}

fn set_attribute(selector: &str, name: &str, value: &str) {
    if let Ok(Some(element)) = document().query_selector(selector) {
        let _ = element.set_attribute(name, value);
    }
}

/// Puts `disguise` into the head for a page in `locale`.
pub fn apply_to_head(disguise: Disguise, locale: Locale, shared_guide: bool) {
    if shared_guide {
        if let Ok(Some(link)) = document().query_selector("link[rel=\"manifest\"]") {
            link.remove();
        }
    } else {
        set_attribute("link[rel=\"manifest\"]", "href", &disguise.manifest(locale.as_str()));
    }
    let (icon, touch_icon) = disguise.icons();
    set_attribute("link[rel=\"icon\"]", "href", icon);
    set_attribute("link[rel=\"apple-touch-icon\"]", "href", touch_icon);
    set_attribute("meta[name=\"theme-color\"]", "content", disguise.theme_colour());
}

#[component]
pub fn DisguiseSettings() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = expect_context::<ChosenDisguise>().0;
    let storage = use_store();
    let saved = RwSignal::new(None::<bool>);
    let choose = move |disguise: Disguise| {
        let result = storage.store().save(&SettingId::Disguise.key(), &disguise.id(), Expect::Latest);
        if result.is_ok() {
            chosen.set(disguise);
        }
        saved.set(Some(result.is_ok()));
    };
    view! {
        <Card id="disguise-heading" heading=Signal::derive(move || t_string!(i18n, disguise_heading).to_owned())>
            <p>{t!(i18n, disguise_explained)}</p>
            <fieldset class="choices">
                <legend>{t!(i18n, disguise_label)}</legend>
                {Disguise::ALL.into_iter().map(|disguise| {
                    let id = format!("disguise-{}", disguise.id());
                    view! {
                        <p class="disguise-choice">
                            <input type="radio" name="disguise" id=id.clone() value=disguise.id()
                                prop:checked=move || chosen.get() == disguise
                                on:change=move |_| choose(disguise) />
                            <label for=id>
                                <img src=disguise.icons().0 alt="" width="32" height="32" />
                                " "{move || disguise_name(i18n.get_locale(), disguise)}
                            </label>
                        </p>
                    }
                }).collect_view()}
            </fieldset>
            <SaveOutcome saved>{t!(i18n, disguise_saved)}</SaveOutcome>
        </Card>
    }
}
