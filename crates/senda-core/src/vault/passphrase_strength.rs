//! How hard a new passphrase would be to guess: advice beside the one rule
//! (8 characters), never a second rule. The estimate is zxcvbn's, which
//! counts common passwords, dictionary words, names, repeats, sequences,
//! keyboard rows and dates; its word lists are English ones, so a sentence
//! in Spanish or Catalan is judged on its length and patterns.
use zxcvbn::Score;
use zxcvbn::feedback::Warning;

/// zxcvbn's five scores in four words a mentor can act on: 0 and 1 both
/// fall to an attacker who has the phone for an afternoon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    EasyToGuess,
    CouldBeGuessed,
    HardToGuess,
    VeryHardToGuess,
}

/// The one reason shown under the estimate, zxcvbn's warnings folded into
/// what Senda can say in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weakness {
    CommonPassword,
    SingleWord,
    Names,
    Repeats,
    Sequence,
    KeyboardPattern,
    Dates,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub strength: Strength,
    pub weakness: Option<Weakness>,
}

/// Words anyone looking at the phone would try first.
const OBVIOUS: &[&str] = &["senda", "mentora", "mentor", "diario", "diari", "journal"];

/// `None` for an empty field: nothing to judge yet.
pub fn estimate(passphrase: &str) -> Option<Estimate> {
    if passphrase.is_empty() {
        return None;
    }
    let entropy = zxcvbn::zxcvbn(passphrase, OBVIOUS);
    let strength = match entropy.score() {
        Score::Zero | Score::One => Strength::EasyToGuess,
        Score::Two => Strength::CouldBeGuessed,
        Score::Three => Strength::HardToGuess,
        _ => Strength::VeryHardToGuess,
    };
    let weakness = entropy.feedback().and_then(|feedback| feedback.warning()).map(weakness_of);
    Some(Estimate { strength, weakness })
}

fn weakness_of(warning: Warning) -> Weakness {
    match warning {
        Warning::ThisIsATop10Password
        | Warning::ThisIsATop100Password
        | Warning::ThisIsACommonPassword
        | Warning::ThisIsSimilarToACommonlyUsedPassword => Weakness::CommonPassword,
        Warning::AWordByItselfIsEasyToGuess => Weakness::SingleWord,
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess | Warning::CommonNamesAndSurnamesAreEasyToGuess => {
            Weakness::Names
        }
        Warning::RepeatsLikeAaaAreEasyToGuess | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            Weakness::Repeats
        }
        Warning::SequencesLikeAbcAreEasyToGuess => Weakness::Sequence,
        Warning::StraightRowsOfKeysAreEasyToGuess | Warning::ShortKeyboardPatternsAreEasyToGuess => {
            Weakness::KeyboardPattern
        }
        Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => Weakness::Dates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(passphrase: &str) -> Estimate {
        estimate(passphrase).unwrap_or_else(|| panic!("{passphrase:?} was not judged"))
    }

    #[test]
    fn an_empty_field_is_not_judged() {
        assert_eq!(estimate(""), None);
    }

    #[test]
    fn eight_characters_that_pass_the_rule_can_still_be_easy_to_guess() {
        for (passphrase, weakness) in [
            ("password", Weakness::CommonPassword),
            ("aaaaaaaaaaaa", Weakness::Repeats),
            ("abcdefgh", Weakness::Sequence),
            ("qwertyuiop", Weakness::CommonPassword),
            ("zxcvbnm,./", Weakness::KeyboardPattern),
            ("sendasenda", Weakness::Repeats),
        ] {
            let estimate = judged(passphrase);
            assert_eq!(estimate.strength, Strength::EasyToGuess, "{passphrase}");
            assert_eq!(estimate.weakness, Some(weakness), "{passphrase}");
        }
    }

    #[test]
    fn a_long_sentence_in_her_language_is_very_hard_to_guess() {
        for passphrase in ["el gato de mi vecina come pan", "la meva àvia cantava a la cuina"] {
            let estimate = judged(passphrase);
            assert_eq!(estimate.strength, Strength::VeryHardToGuess, "{passphrase}");
            assert_eq!(estimate.weakness, None, "{passphrase}");
        }
    }

    #[test]
    fn a_year_or_a_name_alone_is_named_as_the_weakness() {
        assert_eq!(judged("2019").weakness, Some(Weakness::Dates));
        assert_eq!(judged("19/05/1988").weakness, Some(Weakness::Dates));
        assert_eq!(judged("mariagarcia").weakness, Some(Weakness::Names));
    }

    #[test]
    fn more_words_never_make_it_weaker() {
        let short = judged("mango").strength;
        let longer = judged("mango lluvia").strength;
        let longest = judged("mango lluvia tren azul").strength;
        assert!(short <= longer && longer <= longest, "{short:?} {longer:?} {longest:?}");
        assert_eq!(short, Strength::EasyToGuess);
    }
}
