//! A small line chart drawn as SVG on the device: a line broken where a day
//! has no value (a gap is not a zero), a dot on every value so the line is
//! not colour alone, and the numbers in a table for screen readers, built
//! only when she opens it.
use leptos::prelude::*;

use crate::day::Day;
use crate::i18n::*;
use crate::platform::intl;
use leptos_i18n::Locale as _;

const WIDTH: f32 = 300.0;
const HEIGHT: f32 = 100.0;

/// The path of the line: a new stroke after every gap.
fn path(points: &[(Day, Option<f32>)], max: f32) -> (String, Vec<(f32, f32)>) {
    let step = if points.len() > 1 { WIDTH / (points.len() - 1) as f32 } else { 0.0 };
    let mut path = String::new();
    let mut dots = Vec::new();
    let mut drawing = false;
    for (index, (_, value)) in points.iter().enumerate() {
        match value {
            Some(value) => {
                let (x, y) = (index as f32 * step, HEIGHT - (value / max).clamp(0.0, 1.0) * HEIGHT);
                path.push_str(&format!("{}{x:.1} {y:.1} ", if drawing { "L" } else { "M" }));
                dots.push((x, y));
                drawing = true;
            }
            None => drawing = false,
        }
    }
    (path, dots)
}

#[component]
pub fn LineChart(
    /// Unique on the page: ids of the title and summary.
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    /// In words: what the chart shows (average, how many days).
    #[prop(into)]
    summary: ViewFn,
    points: Signal<Vec<(Day, Option<f32>)>>,
    max: f32,
    /// Decimals in the table.
    digits: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    let open = RwSignal::new(false);
    let drawing = move || {
        let (line, dots) = points.with(|points| path(points, max));
        view! {
            <path class="chart-line" d=line fill="none" />
            {dots.into_iter().map(|(x, y)| view! { <circle class="chart-dot" cx=format!("{x:.1}") cy=format!("{y:.1}") r="2.5" /> }).collect_view()}
        }
    };
    let table = move || {
        open.get().then(|| {
            let language = i18n.get_locale().as_str();
            let rows = points
                .get()
                .into_iter()
                .filter_map(|(day, value)| {
                    let value = value?;
                    Some(view! { <tr><td>{intl::medium_date(language, day)}</td><td>{intl::number(language, f64::from(value), digits)}</td></tr> })
                })
                .collect_view();
            view! {
                <table>
                    <caption>{move || title.get()}</caption>
                    <thead><tr><th scope="col">{t!(i18n, chart_day)}</th><th scope="col">{t!(i18n, chart_value)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! {
        <figure class="chart">
            <figcaption>
                <strong id=title_id.clone()>{move || title.get()}</strong>
                <span id=summary_id.clone()>{move || summary.run()}</span>
            </figcaption>
            <svg viewBox=format!("-4 -4 {} {}", WIDTH + 8.0, HEIGHT + 8.0) role="img" aria-labelledby=format!("{title_id} {summary_id}") preserveAspectRatio="none">
                <line class="chart-axis" x1="0" y1=HEIGHT.to_string() x2=WIDTH.to_string() y2=HEIGHT.to_string() />
                <line class="chart-grid" x1="0" y1=(HEIGHT / 2.0).to_string() x2=WIDTH.to_string() y2=(HEIGHT / 2.0).to_string() />
                {drawing}
            </svg>
            <details on:toggle=move |event| {
                use wasm_bindgen::JsCast;
                let opened = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|details| details.open());
                open.set(opened);
            }>
                <summary>{t!(i18n, chart_show_numbers)}</summary>
                {table}
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_breaks_the_line() {
        let days = crate::day::window(Day::parse("2026-11-30").unwrap(), 4);
        let points: Vec<_> = days.into_iter().zip([Some(5.0), None, Some(0.0), Some(2.5)]).collect();
        let (line, dots) = path(&points, 5.0);
        assert_eq!(line, "M0.0 0.0 M200.0 100.0 L300.0 50.0 ");
        assert_eq!(dots.len(), 3);
    }
}
