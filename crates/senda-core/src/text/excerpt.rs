//! A short excerpt of a longer text for a card: cut at a word boundary with
//! an ellipsis, never in the middle of a word ("…and, since December 2024,
//! also t" read as a broken sentence). The full text is on the item's page.

/// At most `max_chars` characters of `text`, ending at the last whole word
/// that fits, followed by "…"; the text itself when it fits.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let room: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    let next_is_space = text.chars().nth(room.chars().count()).is_some_and(char::is_whitespace);
    let whole =
        if next_is_space { room.as_str() } else { room.rsplit_once(char::is_whitespace).map_or("", |(kept, _)| kept) };
    // One very long word: cut it rather than show nothing.
    let kept = if whole.trim().is_empty() { room.as_str() } else { whole };
    format!("{}…", kept.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_shown_whole() {
        assert_eq!(excerpt("  Free, 24 hours.  ", 140), "Free, 24 hours.");
    }

    #[test]
    fn a_long_text_ends_at_a_whole_word_with_an_ellipsis() {
        let text = "In Catalonia it sends the Mossos d'Esquadra and, since December 2024, also the Policía Nacional.";
        let cut = excerpt(text, 70);
        assert_eq!(cut, "In Catalonia it sends the Mossos d'Esquadra and, since December 2024…");
        assert!(cut.chars().count() <= 70);
        assert!(text.starts_with(cut.trim_end_matches('…')));
    }

    #[test]
    fn accents_and_one_long_word_never_break_the_text() {
        assert_eq!(excerpt("àààààààààà", 5), "àààà…");
        assert_eq!(excerpt("Informació davant la violència", 20), "Informació davant…");
    }
}
