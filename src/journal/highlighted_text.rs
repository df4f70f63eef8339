//! A text with the search words marked, rendered as text nodes only.
use leptos::prelude::*;

use crate::text::highlight::highlight;

#[component]
pub fn HighlightedText(text: String, words: Vec<String>) -> impl IntoView {
    highlight(&text, &words)
        .into_iter()
        .map(|piece| {
            let text = piece.text.to_owned();
            if piece.is_match { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() }
        })
        .collect_view()
}
