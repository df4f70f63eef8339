//! The form for a service the mentor adds to her guide, or edits: written in
//! the language Senda is shown in, checked like any pack's service, each
//! problem shown next to its field.
use leptos::prelude::*;

use super::category::Category;
use super::own_service::{ID_PREFIX, ServiceForm};
use super::pack_import::problem_text;
use super::resource_pack::{Problem, ProblemKind};
use super::resource_state::{PackLoad, category_name, use_resources};
use crate::i18n::*;
use crate::platform::{clock, location};
use crate::router::Route;
use crate::ui::card::EmptyState;
use crate::ui::form_field::form_field;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::save_status::SaveStatus;
use crate::ui::storage_error_text::storage_error_text;
use leptos_i18n::Locale as _;

/// One text field of the form.
type Field = fn(&mut ServiceForm) -> &mut String;

#[component]
pub fn OwnServicePage(id: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_resources();
    let editing = id.is_some();
    let title = Signal::derive(move || {
        if editing { guide_t_string!(i18n, own_edit_title) } else { guide_t_string!(i18n, own_new_title) }.to_owned()
    });
    let id = StoredValue::new(id);
    let body = move || {
        if guide.load.get() != PackLoad::Ready {
            return view! { <Notice>{guide_t!(i18n, resources_loading)}</Notice> }.into_any();
        }
        let language = i18n.get_locale_untracked().as_str();
        let known = id.with_value(|id| id.as_deref().and_then(|id| guide.is_own(id).then(|| guide.find(id)).flatten()));
        match (id.get_value(), known) {
            (Some(_), None) => view! { <EmptyState>{guide_t!(i18n, resources_not_found_text)}</EmptyState> }.into_any(),
            (id, known) => {
                let form = known.map(|service| ServiceForm::from_service(&service, language)).unwrap_or_default();
                view! { <OwnServiceForm id form /> }.into_any()
            }
        }
    };
    view! {
        <PageTitle text=title />
        <p><a href=Route::Resources.to_hash()>{guide_t!(i18n, resources_back)}</a></p>
        {body}
    }
}

#[component]
fn OwnServiceForm(id: Option<String>, form: ServiceForm) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_resources();
    let form = RwSignal::new(form);
    let outcome = RwSignal::new(SaveStatus::<Vec<Problem>>::Idle);
    let summary = NodeRef::<leptos::html::Div>::new();
    let id = id.unwrap_or_else(|| format!("{ID_PREFIX}{}", uuid::Uuid::new_v4()));
    let id = StoredValue::new(id);

    let problems_for = move |fields: &'static [&'static str]| {
        move || match outcome.get() {
            SaveStatus::Refused(problems) => problems
                .iter()
                .filter(|problem| fields.contains(&problem.field))
                .map(|problem| match (problem.field, &problem.kind) {
                    ("source_url", ProblemKind::RefusedLink) => t_string!(i18n, own_source_needed),
                    (_, kind) => problem_text(i18n, kind),
                })
                .next(),
            _ => None,
        }
    };

    // One labelled input (or text area) bound to a field of the form, with
    // its problem, if any, read out with it.
    let field = move |input_id: &'static str,
                      label: &'static str,
                      hint: Option<&'static str>,
                      pack_fields: &'static [&'static str],
                      multiline: bool,
                      access: Field| {
        let problem = problems_for(pack_fields);
        let invalid = move || problem().is_some().then_some("true");
        let error_id = format!("{input_id}-problem");
        let hint_id = format!("{input_id}-hint");
        let described =
            [hint.map(|_| hint_id.clone()), Some(error_id.clone())].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let (value, set_value) = form_field(form, access);
        let set = move |event: leptos::ev::Event| set_value.run(event_target_value(&event));
        let control = if multiline {
            view! { <textarea id=input_id rows="3" aria-describedby=described.clone() aria-invalid=invalid prop:value=value on:input=set></textarea> }.into_any()
        } else {
            view! { <input id=input_id type="text" aria-describedby=described.clone() aria-invalid=invalid prop:value=value on:input=set /> }.into_any()
        };
        view! {
            <div class="field">
                <label for=input_id>{label}</label>
                {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
                {control}
                <p class="field-problem" id=error_id>{problem}</p>
            </div>
        }
    };

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let language = i18n.get_locale_untracked().as_str();
        let checked = form.with_untracked(|form| {
            id.with_value(|id| form.to_service(id, language, &clock::local_day_today().to_string()))
        });
        match checked {
            Ok(service) => match guide.save_own(service) {
                Ok(()) => location::go(&Route::Service(id.get_value())),
                Err(error) => outcome.set(SaveStatus::Failed(error)),
            },
            Err(problems) => {
                outcome.set(SaveStatus::Refused(problems));
                if let Some(summary) = summary.get_untracked() {
                    let _ = summary.focus();
                }
            }
        }
    };

    let message = move || match outcome.get() {
        // A saved service opens its own page: nothing is left to say here.
        SaveStatus::Idle | SaveStatus::Saved => None,
        SaveStatus::Refused(problems) => Some(t!(i18n, own_refused, count = move || problems.len()).into_any()),
        SaveStatus::Failed(error) => Some(storage_error_text(i18n, &error).into_any()),
    };
    let category_problem = problems_for(&["category"]);

    view! {
        <form class="stack own-service" on:submit=save novalidate>
            <div class="notice notice-warning" role="alert" tabindex="-1" node_ref=summary hidden=move || matches!(outcome.get(), SaveStatus::Idle | SaveStatus::Saved)>
                {message}
            </div>
            <p class="hint">{t!(i18n, own_intro)}</p>
            {field("own-name", t_string!(i18n, own_name), None, &["name", "id", "translations"], false, |f| &mut f.name)}
            <div class="field">
                <label for="own-category">{guide_t!(i18n, resources_category)}</label>
                <select id="own-category" aria-describedby="own-category-problem" aria-invalid=move || category_problem().is_some().then_some("true")
                    on:change=move |event| { let value = event_target_value(&event); form.update(|form| form.category = value) }>
                    <option value="" selected=move || form.with(|form| form.category.is_empty())>{t!(i18n, own_pick_category)}</option>
                    {Category::ALL.into_iter().map(|category| view! {
                        <option value=category.id() selected=move || form.with(|form| form.category == category.id())>
                            {move || category_name(i18n.get_locale(), category)}
                        </option>
                    }).collect_view()}
                </select>
                <p class="field-problem" id="own-category-problem">{category_problem}</p>
            </div>
            {field("own-description", t_string!(i18n, own_description), None, &["description"], true, |f| &mut f.description)}
            {field("own-eligibility", guide_t_string!(i18n, resources_who), None, &[], true, |f| &mut f.eligibility)}
            {field("own-application", guide_t_string!(i18n, resources_how), None, &[], true, |f| &mut f.application)}
            {field("own-documents", guide_t_string!(i18n, resources_documents), Some(t_string!(i18n, own_one_per_line)), &[], true, |f| &mut f.documents)}
            {field("own-fees", guide_t_string!(i18n, resources_cost), None, &[], false, |f| &mut f.fees)}
            {field("own-hours", guide_t_string!(i18n, resources_hours), Some(t_string!(i18n, own_one_per_line)), &[], true, |f| &mut f.hours)}
            {field("own-address", guide_t_string!(i18n, resources_address), None, &[], false, |f| &mut f.address)}
            {field("own-postal-code", t_string!(i18n, own_postal_code), None, &[], false, |f| &mut f.postal_code)}
            {field("own-city", t_string!(i18n, own_city), None, &[], false, |f| &mut f.city)}
            {field("own-phones", guide_t_string!(i18n, resources_phones), Some(t_string!(i18n, own_one_per_line)), &["phones"], true, |f| &mut f.phones)}
            {field("own-email", guide_t_string!(i18n, resources_email), None, &["email"], false, |f| &mut f.email)}
            {field("own-website", guide_t_string!(i18n, resources_website), None, &["url"], false, |f| &mut f.website)}
            {field("own-languages", guide_t_string!(i18n, resources_languages), Some(t_string!(i18n, own_languages_hint)), &["languages"], false, |f| &mut f.languages)}
            {field("own-source", t_string!(i18n, own_source), Some(t_string!(i18n, own_source_hint)), &["source_url"], false, |f| &mut f.source)}
            <p class="check">
                <input id="own-closed" type="checkbox" prop:checked=move || form.with(|form| form.temporarily_closed)
                    on:change=move |event| { let checked = event_target_checked(&event); form.update(|form| form.temporarily_closed = checked) } />
                <label for="own-closed">{t!(i18n, own_closed)}</label>
            </p>
            <p class="actions"><button type="submit">{t!(i18n, own_save)}</button></p>
        </form>
    }
}
