//! Links to the five areas: a bar at the bottom on phones, at the side on wide
//! screens. The current area is marked for screen readers with `aria-current`.
use leptos::prelude::*;

use crate::i18n::*;
use crate::router::{Area, Route};
use leptos_i18n::I18nContext;

fn area_name(i18n: I18nContext<Locale>, area: Area) -> &'static str {
    match area {
        Area::Journal => guide_t_string!(i18n, nav_journal),
        Area::Resources => guide_t_string!(i18n, nav_resources),
        Area::Conversations => guide_t_string!(i18n, nav_conversations),
        Area::SelfCare => guide_t_string!(i18n, nav_selfcare),
        Area::Settings => guide_t_string!(i18n, nav_settings),
    }
}

#[component]
pub fn Navigation(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    let links = Area::ALL
        .into_iter()
        .map(|area| {
            let href = area.route().to_hash();
            let icon = area_icon(area);
            let current = move || (route.get().area() == Some(area)).then_some("page");
            view! {
                <li>
                    <a href=href aria-current=current>
                        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=icon /></svg>
                        <span>{move || area_name(i18n, area)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="site-nav" aria-label=move || t_string!(i18n, nav_label)>
            <ul>{links}</ul>
        </nav>
    }
}

/// Simple line icons drawn for Senda (24×24 paths), so nothing is fetched.
fn area_icon(area: Area) -> &'static str {
    match area {
        // An open notebook.
        Area::Journal => "M5 3h11l3 3v15H5zM8 8h8M8 12h8M8 16h5",
        // A signpost.
        Area::Resources => "M12 2v20M5 5h11l3 3-3 3H5zM19 13H8l-3 3 3 3h11z",
        // Two speech bubbles.
        Area::Conversations => "M3 4h12v8H8l-4 3v-3H3zM9 15v2h7l4 3v-3h1V9h-3",
        // A heart.
        Area::SelfCare => "M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z",
        // Sliders.
        Area::Settings => "M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M16 4v4M10 10v4M18 16v4",
    }
}
