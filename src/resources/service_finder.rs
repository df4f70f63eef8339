//! Search, categories and filters over every service of the guide, and the
//! list. A shared guide's program fetches it as a chunk of its own, after
//! the emergency numbers (`shell::guide_app`).
use leptos::prelude::*;

use super::category::Category;
use super::origin_mark::OriginMark;
use super::pack_import::problem_text;
use super::resource_query::{ResourceQuery, named_categories, spoken_languages};
use super::resource_state::{category_name, category_words, use_resources};
use super::translated::pick;
use crate::i18n::*;
use crate::router::Route;
use crate::text::excerpt::excerpt;
use crate::ui::notice::Notice;
use leptos_i18n::Locale as _;

/// Services listed at once; "Show more" adds as many again.
const PAGE_SIZE: usize = 30;

/// Search, categories and filters over every service, and the list.
#[component]
pub fn ServiceFinder(shared: bool) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_resources();
    let query = RwSignal::new(ResourceQuery::default());
    // "Show more" counts for the search it was pressed on; a new search
    // starts again from one page.
    let more = RwSignal::new((ResourceQuery::default(), PAGE_SIZE));
    let shown = Memo::new(move |_| {
        more.with(|(pressed_on, count)| if query.with(|query| query == pressed_on) { *count } else { PAGE_SIZE })
    });
    let positions = Memo::new(move |_| query.with(|query| guide.services.with(|services| query.positions(services))));
    let service_link = move |id: &str| {
        if shared { Route::GuideService(id.to_owned()) } else { Route::Service(id.to_owned()) }.to_hash()
    };

    let results = move || {
        let language = i18n.get_locale().as_str();
        guide.services.with(|services| {
            positions.with(|positions| {
                positions
                    .iter()
                    .take(shown.get())
                    .map(|&position| {
                        let service = &services[position].service;
                        let origin = view! { <OriginMark guide id=service.id.clone() assured_date=service.assured_date.clone() /> };
                        let name = pick(&service.name, language).unwrap_or_default().to_owned();
                        let category = service.category().map(|category| category_name(i18n.get_locale(), category));
                        let summary = excerpt(pick(&service.description, language).unwrap_or_default(), 140);
                        view! {
                            <li>
                                <a class="service-row" href=service_link(&service.id)>
                                    <span class="service-name">{name}</span>
                                    {origin}
                                    <span class="service-category">{category}</span>
                                    <span class="service-summary">{summary}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };

    let named = move || {
        query.with(|query| named_categories(&query.text, category_words))
            .into_iter()
            .map(|category| view! {
                <button type="button" class="secondary" on:click=move |_| query.update(|query| { query.category = Some(category); query.text.clear(); })>
                    {move || category_name(i18n.get_locale(), category)}
                </button>
            })
            .collect_view()
    };

    view! {
        <div class="filters stack" role="search">
            <label for="resource-search">{guide_t!(i18n, resources_search)}</label>
            <input id="resource-search" type="search" autocomplete="off" prop:value=move || query.with(|query| query.text.clone())
                on:input=move |event| { let text = event_target_value(&event); query.update(|query| query.text = text) } />
            <p class="actions">{named}</p>
            <label for="resource-category">{guide_t!(i18n, resources_category)}</label>
            <select id="resource-category" on:change=move |event| { let category = Category::from_id(&event_target_value(&event)); query.update(|query| query.category = category) }>
                <option value="" selected=move || query.with(|query| query.category.is_none())>{guide_t!(i18n, resources_all_categories)}</option>
                {Category::ALL.into_iter().map(|category| view! {
                    <option value=category.id() selected=move || query.with(|query| query.category == Some(category))>
                        {move || category_name(i18n.get_locale(), category)}
                    </option>
                }).collect_view()}
            </select>
            <Show when=move || guide.services.with(|services| !spoken_languages(services).is_empty())>
                <label for="resource-language">{guide_t!(i18n, resources_language)}</label>
                <select id="resource-language" on:change=move |event| { let code = event_target_value(&event); query.update(|query| query.language = (!code.is_empty()).then_some(code)) }>
                    <option value="">{guide_t!(i18n, resources_any_language)}</option>
                    {move || guide.services.with(|services| spoken_languages(services)).into_iter().map(|code| view! { <option value=code.clone()>{code.clone()}</option> }).collect_view()}
                </select>
            </Show>
        </div>
        {move || (!shared && guide.organisation_problems.with(|problems| !problems.is_empty())).then(|| {
            let problems = guide.organisation_problems.get().into_iter().take(5).map(|(file, problem)| {
                let place = problem.place();
                let text = problem_text(i18n, &problem.kind);
                view! { <li>{file}": "{if place.is_empty() { text.to_owned() } else { format!("{place}: {text}") }}</li> }
            }).collect_view();
            view! {
                <Notice warning=true block=true>
                    <p>{guide_t!(i18n, resources_pack_left_out)}</p>
                    <ul>{problems}</ul>
                </Notice>
            }
        })}
        <p class="result-count" role="status">{guide_t!(i18n, resources_found, count = move || positions.with(Vec::len))}</p>
        <ul class="service-list">{results}</ul>
        <Show when=move || { positions.with(Vec::len) > shown.get() }>
            <p><button type="button" class="secondary" on:click=move |_| more.set((query.get_untracked(), shown.get_untracked() + PAGE_SIZE))>{guide_t!(i18n, resources_show_more)}</button></p>
        </Show>
    }
}
