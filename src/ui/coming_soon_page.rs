//! The screen of an area that is not built yet: it says what will come there.
use leptos::prelude::*;

use crate::i18n::*;
use crate::router::Route;
use crate::ui::navigation::area_name;
use crate::ui::page_title::PageTitle;

#[component]
pub fn ComingSoonPage(area: Route) -> impl IntoView {
    let i18n = use_i18n();
    let intro = {
        let area = area.clone();
        move || match area {
            Route::Resources => t_string!(i18n, resources_intro),
            Route::Conversations => t_string!(i18n, conversations_intro),
            _ => t_string!(i18n, selfcare_intro),
        }
    };
    let title = Signal::derive(move || area_name(i18n, &area).to_owned());
    view! {
        <PageTitle text=title />
        <p class="lead">{intro}</p>
        <p class="badge">{t!(i18n, coming_soon)}</p>
    }
}
