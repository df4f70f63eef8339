//! What a new passphrase must be. Length matters more than symbols, and a
//! sentence in her own language is easy to remember: at least 8 characters.
pub const MIN_CHARS: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    Mismatch,
}

pub fn check_new(passphrase: &str, repeated: &str) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_CHARS {
        Err(PassphraseProblem::TooShort)
    } else if passphrase != repeated {
        Err(PassphraseProblem::Mismatch)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_mistyped_passphrases_are_refused() {
        assert_eq!(check_new("corta", "corta"), Err(PassphraseProblem::TooShort));
        assert_eq!(check_new("ñàç·lèíó", "ñàç·lèíó"), Ok(()), "eight characters, not bytes");
        assert_eq!(check_new("una frase", "una frase "), Err(PassphraseProblem::Mismatch));
    }
}
