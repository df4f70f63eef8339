//! Text with each number in a `<bdi dir="ltr">`, so that a phone number or
//! opening hours read in order inside Arabic text (`text::number_runs`).
//! Left-to-right text looks the same with or without it.
use leptos::prelude::*;

use crate::text::number_runs::{Piece, pieces};

#[component]
pub fn LtrNumbers(#[prop(into)] text: String) -> impl IntoView {
    pieces(&text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.to_owned().into_any(),
            Piece::Number(number) => view! { <bdi dir="ltr">{number.to_owned()}</bdi> }.into_any(),
        })
        .collect_view()
}
