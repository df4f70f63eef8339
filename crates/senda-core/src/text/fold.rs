//! Folding text for search: lower case, no accents, Catalan `l·l` as `ll`, so
//! "camion" finds "camión" and "Lleida" finds "lleida". A table of Latin
//! letters is used instead of Unicode normalisation tables: it covers the
//! languages Senda's users write in and costs a few hundred bytes, not tens of
//! kilobytes of wasm.

/// The searchable form of one character: lower case, without its accent.
/// Returns `None` for characters that searching ignores (the Catalan middle dot).
fn fold_char(c: char) -> Option<char> {
    let folded = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' | 'Ă' | 'Ą' => {
            'a'
        }
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'É' | 'È' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => {
            'e'
        }
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' | 'Ő' => {
            'o'
        }
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => {
            'u'
        }
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => 'n',
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => 'c',
        'ś' | 'š' | 'ș' | 'ş' | 'Ś' | 'Š' | 'Ș' | 'Ş' => 's',
        'ț' | 'ţ' | 'ť' | 'Ț' | 'Ţ' | 'Ť' => 't',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => 'z',
        'ł' | 'ľ' | 'Ł' | 'Ľ' => 'l',
        'ğ' | 'Ğ' => 'g',
        'ř' | 'Ř' => 'r',
        'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
        // The Catalan middle dot of "l·l" (and its look-alike, the dot operator).
        '·' | '⋅' | 'ŀ' | 'Ŀ' => return if c == 'ŀ' || c == 'Ŀ' { Some('l') } else { None },
        // Lower case first, then the table again: a few capitals (the
        // Ångström sign, say) lower-case to a letter the table folds.
        other => {
            let lower = other.to_lowercase().next().unwrap_or(other);
            return if lower == other { Some(lower) } else { fold_char(lower) };
        }
    };
    Some(folded)
}

/// The whole text folded for comparison.
pub fn fold(text: &str) -> String {
    text.chars().filter_map(fold_char).collect()
}

/// Folded text that remembers, for each folded character, the byte range of
/// the original character it came from, so a match can be shown in the
/// original text.
pub struct Folded {
    pub text: String,
    /// One entry per char of `text`: (start, end) byte offsets in the original.
    pub origins: Vec<(usize, usize)>,
}

pub fn fold_with_origins(text: &str) -> Folded {
    let mut folded = Folded { text: String::with_capacity(text.len()), origins: Vec::with_capacity(text.len()) };
    for (start, c) in text.char_indices() {
        if let Some(f) = fold_char(c) {
            folded.text.push(f);
            folded.origins.push((start, start + c.len_utf8()));
        }
    }
    folded
}

/// The words of a query, folded; empty words are dropped.
pub fn query_words(query: &str) -> Vec<String> {
    query.split_whitespace().map(fold).filter(|word| !word.is_empty()).collect()
}

/// True when every word of the query appears somewhere in one of the texts.
pub fn matches_all(words: &[String], folded_texts: &[&str]) -> bool {
    words.iter().all(|word| folded_texts.iter().any(|text| text.contains(word.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_outside_the_table_fold_like_their_lower_case() {
        assert_eq!(fold("\u{212B}ngstr\u{00F6}m"), "angstrom");
    }

    fn finds(query: &str, text: &str) -> bool {
        matches_all(&query_words(query), &[&fold(text)])
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        assert!(finds("camion", "Vino el camión"));
        assert!(finds("CAMIÓN", "camion"));
        assert!(finds("lleida", "Lleida"));
        assert!(finds("Lleida", "lleida"));
        assert!(finds("informacion", "Información"));
        assert!(finds("a", "À"));
    }

    #[test]
    fn spanish_and_catalan_letters_fold_to_their_base() {
        assert!(finds("espanol", "Español"));
        assert!(finds("nino", "niño"));
        assert!(finds("plaça", "placa"));
        assert!(finds("placa", "plaça"));
        assert!(finds("collegi", "col·legi"));
        assert!(finds("col·legi", "collegi"));
        assert!(finds("paral·lel", "PARAL·LEL"));
        assert!(finds("pinguino", "pingüino"));
        assert!(finds("alli", "allí"));
    }

    #[test]
    fn every_word_must_be_found() {
        assert!(finds("casa permiso", "El permiso de la casa"));
        assert!(!finds("casa trabajo", "El permiso de la casa"));
        assert!(finds("  ", "anything"), "an empty query finds everything");
    }

    #[test]
    fn origins_point_back_into_the_original_text() {
        let original = "Col·legi Ñandú";
        let folded = fold_with_origins(original);
        assert_eq!(folded.text, "collegi nandu");
        assert_eq!(folded.text.chars().count(), folded.origins.len());
        let (start, end) = folded.origins[8];
        assert_eq!(&original[start..end], "Ñ");
    }

    #[test]
    fn letters_that_grow_when_lowered_stay_one_character() {
        assert_eq!(fold("İstanbul").chars().count(), "İstanbul".chars().count());
    }
}
