//! "Delete all Senda data on this device": every key Senda wrote, readable
//! or not, and nothing else on the origin.
use crate::storage::StorageError;
use crate::storage::record_key::PREFIX;
use crate::storage::store::Backend;

/// The word she types to confirm, compared without regard to case or the
/// spaces around it.
pub fn confirmed(typed: &str, word: &str) -> bool {
    typed.trim().to_lowercase() == word.to_lowercase()
}

/// Removes every `senda/` key; returns how many there were.
pub fn wipe<B: Backend>(backend: &B) -> Result<usize, StorageError> {
    let keys: Vec<String> = backend.keys()?.into_iter().filter(|key| key.starts_with(PREFIX)).collect();
    for key in &keys {
        backend.remove(key)?;
    }
    Ok(keys.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::memory::MemoryBackend;

    #[test]
    fn every_senda_key_goes_and_nothing_else() {
        let backend = MemoryBackend::default();
        for key in
            ["senda/journal/a", "senda/vault/meta", "senda/vault-next/journal/a", "senda/restore/snapshot", "other"]
        {
            backend.set(key, "{broken").unwrap();
        }
        assert_eq!(wipe(&backend), Ok(4));
        assert_eq!(backend.keys().unwrap(), ["other"]);
    }

    #[test]
    fn only_the_word_confirms() {
        assert!(confirmed(" borrar ", "BORRAR"));
        assert!(!confirmed("borra", "BORRAR"));
        assert!(!confirmed("", "BORRAR"));
    }
}
