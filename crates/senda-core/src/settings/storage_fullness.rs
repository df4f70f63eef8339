//! How full this browser's storage for Senda is. localStorage counts
//! characters (UTF-16 units) of keys and values per origin; Chromium and
//! Firefox allow about 5 million (measured here: a journal of 0.95 KB entries
//! fills it at about 4,240 entries).
pub const LIMIT_UNITS: usize = 5_000_000;
/// From here on Settings warns and suggests a backup and a clear-out.
pub const WARN_SHARE: f64 = 0.8;

pub fn used_units<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> usize {
    pairs.into_iter().map(|(key, value)| key.encode_utf16().count() + value.encode_utf16().count()).sum()
}

pub fn share(used: usize) -> f64 {
    used as f64 / LIMIT_UNITS as f64
}

pub fn needs_warning(used: usize) -> bool {
    share(used) >= WARN_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_are_counted_as_the_browser_counts_them() {
        assert_eq!(used_units([("senda/a", "ñ"), ("k", "😀")]), 7 + 1 + 1 + 2);
    }

    #[test]
    fn it_warns_from_80_percent() {
        assert!(!needs_warning(3_999_999));
        assert!(needs_warning(4_000_000));
    }
}
