//! Her self-care plan, written in her words: warning signs, what helps,
//! people and services to call (services picked from the guide), and her
//! boundaries as a mentor. Saved on the device, sealed by the lock.
use leptos::prelude::*;

use super::plan::{Plan, TEXT_LIMIT};
use super::self_care_state::use_self_care;
use crate::i18n::*;
use crate::organisation::social_team::SocialTeam;
use crate::resources::resource_state::use_resources;
use crate::resources::translated::pick;
use crate::router::Route;
use crate::ui::form_field::form_field;
use crate::ui::page_title::PageTitle;
use crate::ui::save_status::{SaveStatus, SaveStatusNotice};
use leptos_i18n::Locale as _;

type Text = fn(&mut Plan) -> &mut String;

/// The one reason the plan's check refuses it.
#[derive(Clone)]
struct TooLong;

#[component]
pub fn PlanPage() -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let guide = use_resources();
    let loaded = self_care.plan_as_read();
    let status = RwSignal::new(SaveStatus::<TooLong>::after(loaded.as_ref().map_err(Clone::clone), false));
    let (loaded, read_at) = loaded.unwrap_or_default();
    let plan = RwSignal::new(loaded);
    // A save names the revision this screen read, so a plan saved in another
    // tab meanwhile is never overwritten unseen.
    let read_at = StoredValue::new(read_at);
    let chosen_service = RwSignal::new(String::new());

    let text_field = move |id: &'static str, label: &'static str, hint: Option<&'static str>, access: Text| {
        let (value, set) = form_field(plan, access);
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
                <textarea id=id rows="3" maxlength=TEXT_LIMIT.to_string() aria-describedby=hint.map(|_| hint_id.clone())
                    prop:value=value on:input=move |event| set.run(event_target_value(&event))></textarea>
            </div>
        }
    };

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let current = plan.get_untracked();
        if !current.fits() {
            return status.set(SaveStatus::Refused(TooLong));
        }
        let saved = self_care.save_plan(&current, read_at.get_value());
        if let Ok(revision) = saved {
            read_at.set_value(Some(revision));
        }
        status.set(SaveStatus::after(saved, true));
    };

    let services = move || {
        let language = i18n.get_locale().as_str();
        plan.with(|plan| plan.services.clone())
            .into_iter()
            .map(|id| {
                let name = guide.find(&id).and_then(|service| pick(&service.name, language).map(str::to_owned)).unwrap_or_else(|| id.clone());
                let removed = id.clone();
                view! {
                    <li><a href=Route::Service(id.clone()).to_hash()>{name.clone()}</a>" "
                        <button type="button" class="secondary" aria-label=format!("{} {name}", t_string!(i18n, plan_remove_service))
                            on:click=move |_| plan.update(|plan| plan.remove_service(&removed))>
                            {t!(i18n, plan_remove_service)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let options = move || {
        let language = i18n.get_locale().as_str();
        guide.services.with(|services| {
            services
                .iter()
                .map(|indexed| {
                    let id = indexed.service.id.clone();
                    let name = pick(&indexed.service.name, language).unwrap_or_default().to_owned();
                    view! { <option value=id>{name}</option> }
                })
                .collect_view()
        })
    };
    let add_service = move |_| {
        plan.update(|plan| plan.add_service(&chosen_service.get_untracked()));
    };
    let people = move || {
        plan.with(|plan| plan.people_to_call())
            .into_iter()
            .filter_map(|(line, link)| Some(view! { <li><a class="button call" href=link?>{line}</a></li> }))
            .collect_view()
    };

    let message = view! {
        <SaveStatusNotice status saved=|i18n| t_string!(i18n, plan_saved) refused=|i18n, _| t_string!(i18n, plan_too_long) />
    };

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, plan_title).to_owned()) />
        <p><a href=Route::SelfCare.to_hash()>{t!(i18n, who5_back)}</a></p>
        <p>{t!(i18n, plan_intro)}</p>
        <section aria-labelledby="plan-call-heading" class="card">
            <h2 id="plan-call-heading">{t!(i18n, plan_call_now)}</h2>
            <ul class="call-list">{people}</ul>
            <SocialTeam />
        </section>
        <form class="stack" on:submit=save>
            {text_field("plan-warning-signs", t_string!(i18n, plan_warning_signs), Some(t_string!(i18n, plan_warning_signs_hint)), |p| &mut p.warning_signs)}
            {text_field("plan-what-helps", t_string!(i18n, plan_what_helps), None, |p| &mut p.what_helps)}
            {text_field("plan-people", t_string!(i18n, plan_people), Some(t_string!(i18n, plan_people_hint)), |p| &mut p.people)}
            <fieldset class="field">
                <legend>{t!(i18n, plan_services)}</legend>
                <ul>{services}</ul>
                <label for="plan-service-choice">{t!(i18n, plan_pick_service)}</label>
                <select id="plan-service-choice" on:change=move |event| chosen_service.set(event_target_value(&event))>
                    <option value="">"—"</option>
                    {options}
                </select>
                <button type="button" class="secondary" on:click=add_service>{t!(i18n, plan_add_service)}</button>
            </fieldset>
            {text_field("plan-hours", t_string!(i18n, plan_hours), Some(t_string!(i18n, plan_hours_hint)), |p| &mut p.available_hours)}
            {text_field("plan-topics", t_string!(i18n, plan_topics), Some(t_string!(i18n, plan_topics_hint)), |p| &mut p.topics_passed_on)}
            <p class="actions"><button type="submit">{t!(i18n, plan_save)}</button></p>
            {message}
        </form>
    }
}
