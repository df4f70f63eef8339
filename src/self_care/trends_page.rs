//! How she has been over 7, 30 or 90 days: mood, energy, sleep and stress,
//! the WHO-5 scores, and how her mood compared on days with each activity.
//! Every chart says in words what it shows, with its numbers in a table.
use std::collections::BTreeMap;

use leptos::prelude::*;

use super::activities::Activity;
use super::check_in::CheckIn;
use super::check_in_form::activity_name;
use super::line_chart::LineChart;
use super::self_care_state::use_self_care;
use super::trends::{Metric, activity_moods, series};
use super::who5::{self, Who5};
use crate::day::{self, Day};
use crate::i18n::*;
use crate::platform::{clock, intl};
use crate::router::Route;
use crate::storage::StorageError;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::{I18nContext, Locale as _};

const WINDOWS: [usize; 3] = [7, 30, 90];

fn metric_name(i18n: I18nContext<Locale>, metric: Metric) -> &'static str {
    match metric {
        Metric::Mood => t_string!(i18n, check_in_mood),
        Metric::Energy => t_string!(i18n, check_in_energy),
        Metric::Sleep => t_string!(i18n, check_in_sleep_hours),
        Metric::Stress => t_string!(i18n, check_in_stress),
    }
}

/// What was read, or nothing with the failure noted for the screen to say.
fn or_noted<T: Default>(read: Result<T, StorageError>, failure: &mut Option<StorageError>) -> T {
    read.unwrap_or_else(|error| {
        *failure = Some(error);
        T::default()
    })
}

#[component]
pub fn TrendsPage() -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let today = clock::local_day_today();
    // The longest window is read once; shorter ones are cut from it. A
    // record that cannot be read is said, not shown as days without data.
    let mut failure = None;
    let check_ins: BTreeMap<Day, CheckIn> = or_noted(self_care.check_ins(&day::window(today, 90)), &mut failure);
    let who5: Vec<Who5> = or_noted(self_care.who5_results(), &mut failure);
    let activities: Vec<Activity> = or_noted(self_care.activities(), &mut failure);
    let days = RwSignal::new(30usize);
    let check_ins = StoredValue::new(check_ins);

    let chart = move |metric: Metric| {
        let data = Memo::new(move |_| {
            let days = days.get();
            check_ins.with_value(|all| series(all, metric, today, days))
        });
        let summary = move || {
            let language = i18n.get_locale().as_str();
            data.with(|data| match data.average {
                None => t!(i18n, trends_no_data).into_any(),
                Some(average) => {
                    let average = intl::number(language, f64::from(average), 1);
                    let (with, total) = (data.days_with_value, data.points.len());
                    t!(
                        i18n,
                        trends_summary,
                        average = move || average.clone(),
                        with = move || with,
                        days = move || total
                    )
                    .into_any()
                }
            })
        };
        let id = match metric {
            Metric::Mood => "chart-mood",
            Metric::Energy => "chart-energy",
            Metric::Sleep => "chart-sleep",
            Metric::Stress => "chart-stress",
        };
        view! {
            <LineChart id title=Signal::derive(move || metric_name(i18n, metric).to_owned()) summary
                points=Signal::derive(move || data.with(|data| data.points.clone()))
                max=metric.max() digits=if metric == Metric::Sleep { 1 } else { 0 } />
        }
    };

    let who5_points = Signal::derive(move || {
        who5::in_window(&who5, today, days.get())
            .map(|result| (result.day, Some(f32::from(result.percent()))))
            .collect::<Vec<_>>()
    });
    let who5_summary = move || {
        who5_points.with(|points| match points.last() {
            Some((_, Some(last))) => {
                let (last, count) = (*last as u32, points.len());
                t!(i18n, trends_who5_summary, last = move || last, count = move || count).into_any()
            }
            _ => t!(i18n, trends_who5_none).into_any(),
        })
    };

    let comparisons = move || {
        let language = i18n.get_locale().as_str();
        let ids: Vec<String> = activities.iter().map(|activity| activity.id.clone()).collect();
        let found = check_ins.with_value(|all| activity_moods(all, &ids, today, days.get()));
        if found.is_empty() {
            return view! { <p class="hint">{t!(i18n, trends_activities_too_few)}</p> }.into_any();
        }
        found
            .into_iter()
            .map(|found| {
                let name = activities
                    .iter()
                    .find(|activity| activity.id == found.activity)
                    .map(|activity| activity_name(i18n, activity))
                    .unwrap_or_default();
                let with = intl::number(language, f64::from(found.mood_with), 1);
                let without = intl::number(language, f64::from(found.mood_without), 1);
                let (days_with, days_without) = (found.days_with, found.days_without);
                let higher = found.mood_with > found.mood_without;
                let comparison =
                    move || if higher { t_string!(i18n, trends_higher) } else { t_string!(i18n, trends_not_higher) };
                let text = t!(
                    i18n,
                    trends_activity,
                    activity = move || name.clone(),
                    comparison = comparison,
                    with = move || with.clone(),
                    without = move || without.clone(),
                    days_with = move || days_with,
                    days_without = move || days_without
                );
                view! { <p>{text}</p> }
            })
            .collect_view()
            .into_any()
    };

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, trends_title).to_owned()) />
        <p><a href=Route::SelfCare.to_hash()>{t!(i18n, who5_back)}</a></p>
        {failure.map(|error| view! { <StorageErrorNotice error /> })}
        <div class="actions" role="group" aria-label=move || t_string!(i18n, trends_window)>
            {WINDOWS.into_iter().map(|window| view! {
                <button type="button" class="secondary" aria-pressed=move || (days.get() == window).to_string() on:click=move |_| days.set(window)>
                    {t!(i18n, trends_days, days = move || window)}
                </button>
            }).collect_view()}
        </div>
        <div class="charts">
            {Metric::ALL.into_iter().map(chart).collect_view()}
            <LineChart id="chart-who5" title=Signal::derive(move || guide_t_string!(i18n, who5_title).to_owned()) summary=who5_summary points=who5_points max=100.0 digits=0 />
        </div>
        <section aria-labelledby="activities-heading">
            <h2 id="activities-heading">{t!(i18n, trends_activities)}</h2>
            {comparisons}
        </section>
    }
}
