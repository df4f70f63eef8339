//! Numbers inside a sentence, cut out so that they can be shown left to
//! right in Arabic text. The browser's bidi rules keep a lone "016" in
//! order, but they turn "600 000 016" into "016 000 600" and "8:00–22:00"
//! into "22:00–8:00" in a right-to-left paragraph: a phone number read
//! backwards is a call to a stranger.

/// A piece of text: a number (digits with the spaces, dots, colons, dashes
/// and slashes between them, and a leading "+") or the text around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Number(&'a str),
}

const INNER: [char; 7] = [' ', '.', ':', '-', '–', '/', '\u{a0}'];

pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let digit_at = |index: usize| chars.get(index).is_some_and(|(_, c)| c.is_ascii_digit());
    let mut pieces = Vec::new();
    let mut text_start = 0;
    let mut index = 0;
    while index < chars.len() {
        let starts_number = digit_at(index) || (chars[index].1 == '+' && digit_at(index + 1));
        if !starts_number {
            index += 1;
            continue;
        }
        let start = chars[index].0;
        let mut end = index + 1;
        loop {
            if digit_at(end) {
                end += 1;
            } else if chars.get(end).is_some_and(|(_, c)| INNER.contains(c)) && digit_at(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        if start > text_start {
            pieces.push(Piece::Text(&text[text_start..start]));
        }
        let stop = chars.get(end).map_or(text.len(), |(at, _)| *at);
        pieces.push(Piece::Number(&text[start..stop]));
        text_start = stop;
        index = end;
    }
    if text_start < text.len() {
        pieces.push(Piece::Text(&text[text_start..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use Piece::{Number, Text};

    #[test]
    fn phone_numbers_hours_and_dates_are_kept_whole() {
        assert_eq!(
            pieces("اكتبي على WhatsApp إلى 600 000 016 من 8:00–22:00."),
            vec![Text("اكتبي على WhatsApp إلى "), Number("600 000 016"), Text(" من "), Number("8:00–22:00"), Text(".")]
        );
        assert_eq!(pieces("+34 900 100 200"), vec![Number("+34 900 100 200")]);
        assert_eq!(pieces("2026-12-03"), vec![Number("2026-12-03")]);
    }

    #[test]
    fn text_without_numbers_is_one_piece_and_nothing_is_lost() {
        assert_eq!(pieces("Housing"), vec![Text("Housing")]);
        assert_eq!(pieces(""), Vec::<Piece>::new());
        for text in ["Call 112, or 016 - free.", "a - b 1 -", "+ 1+2", "电话：012 345。", "100% 24h"] {
            let joined: String = pieces(text)
                .iter()
                .map(|piece| match piece {
                    Text(t) | Number(t) => *t,
                })
                .collect();
            assert_eq!(joined, text);
        }
        assert_eq!(
            pieces("Call 112, or 016 - free."),
            vec![Text("Call "), Number("112"), Text(", or "), Number("016"), Text(" - free.")]
        );
    }
}
