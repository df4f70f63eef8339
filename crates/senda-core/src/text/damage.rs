//! For the property tests of every reader of outside input (backups, packs,
//! the organisation's settings, checklist files): a file damaged the way
//! files are in real life, flipped bits and a cut-short end.

/// `text` with each (position, bit) of `flips` flipped and cut to `cut` bytes.
pub fn damaged(text: &str, cut: usize, flips: &[(usize, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(at, bit) in flips {
        if !bytes.is_empty() {
            let at = at % bytes.len();
            bytes[at] ^= 1 << (bit % 8);
        }
    }
    bytes.truncate(cut.min(bytes.len()));
    String::from_utf8_lossy(&bytes).into_owned()
}
