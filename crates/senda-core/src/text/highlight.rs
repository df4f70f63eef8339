//! Splits a text into plain and matching pieces for showing search results.
//! The pieces are rendered as text nodes (`<mark>` around matches), never as
//! HTML, so a stored or imported text cannot inject markup.
use super::fold::fold_with_origins;

#[derive(Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub is_match: bool,
}

/// The text cut into pieces where any of the (already folded) words match.
pub fn highlight<'a>(text: &'a str, words: &[String]) -> Vec<Piece<'a>> {
    let folded = fold_with_origins(text);
    let chars: Vec<char> = folded.text.chars().collect();
    let mut marked = vec![false; chars.len()];
    for needle in words.iter().map(|word| word.chars().collect::<Vec<char>>()).filter(|needle| !needle.is_empty()) {
        let mut index = 0;
        while index + needle.len() <= chars.len() {
            if chars[index..index + needle.len()] == needle[..] {
                marked[index..index + needle.len()].iter_mut().for_each(|mark| *mark = true);
                index += needle.len();
            } else {
                index += 1;
            }
        }
    }
    // Each original character takes the mark of its folded character; one that
    // folding dropped (the middle dot) takes the mark of the one before it.
    let mut marks = folded.origins.iter().zip(&marked).peekable();
    let mut pieces: Vec<Piece<'a>> = Vec::new();
    let mut piece_start = 0;
    let mut current = false;
    for (byte, _) in text.char_indices() {
        let is_match = match marks.peek() {
            Some(((start, _), mark)) if *start == byte => {
                let mark = **mark;
                marks.next();
                mark
            }
            _ => current,
        };
        if is_match != current && byte > piece_start {
            pieces.push(Piece { text: &text[piece_start..byte], is_match: current });
            piece_start = byte;
        }
        current = is_match;
    }
    if piece_start < text.len() {
        pieces.push(Piece { text: &text[piece_start..], is_match: current });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::query_words;

    fn shown(text: &str, query: &str) -> String {
        highlight(text, &query_words(query))
            .iter()
            .map(|piece| if piece.is_match { format!("[{}]", piece.text) } else { piece.text.to_owned() })
            .collect()
    }

    #[test]
    fn matches_are_marked_in_the_original_spelling() {
        assert_eq!(shown("Vino el camión ayer", "camion"), "Vino el [camión] ayer");
        assert_eq!(shown("Escola de col·legi", "collegi"), "Escola de [col·legi]");
        assert_eq!(shown("Camión, camion", "CAMION"), "[Camión], [camion]");
    }

    #[test]
    fn several_words_are_marked_and_nothing_is_lost() {
        let text = "<b>Permiso</b> de residencia";
        assert_eq!(shown(text, "permiso residencia"), "<b>[Permiso]</b> de [residencia]");
        let joined: String = highlight(text, &query_words("b")).iter().map(|piece| piece.text).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn no_query_means_one_plain_piece() {
        assert_eq!(highlight("hola", &[]), vec![Piece { text: "hola", is_match: false }]);
        assert_eq!(highlight("", &query_words("x")), vec![]);
    }
}

// proptest runs natively only; the browser tests cover the adapters.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::text::fold::{fold, query_words};
    use proptest::prelude::*;

    proptest! {
        /// Whatever is typed and searched, the pieces put back together are the
        /// original text, byte for byte: highlighting never drops or adds a word.
        #[test]
        fn pieces_rebuild_the_original(text in "\\PC{0,80}", query in "\\PC{0,12}") {
            let joined: String = highlight(&text, &query_words(&query)).iter().map(|piece| piece.text).collect();
            prop_assert_eq!(joined, text);
        }

        /// Folding twice is folding once, so stored folded text and a folded query always agree.
        #[test]
        fn folding_is_stable(text in "\\PC{0,80}") {
            prop_assert_eq!(fold(&fold(&text)), fold(&text));
        }

        /// A word cut from a text is always found in it, whatever its accents and case.
        #[test]
        fn a_word_from_the_text_is_found(words in proptest::collection::vec("[a-zA-ZàáèéíïòóúüñçÀÉÍÓÚÑÇ·]{1,10}", 1..6), pick in 0usize..6) {
            let text = words.join(" ");
            let word = &words[pick % words.len()];
            prop_assume!(!fold(word).is_empty());
            prop_assert!(crate::text::fold::matches_all(&query_words(word), &[&fold(&text)]));
        }
    }
}
