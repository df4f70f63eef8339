//! The key that seals private records. Derived from the passphrase with
//! Argon2id, held in memory only and zeroed when dropped; sealing is
//! XChaCha20-Poly1305 with a fresh random 24-byte nonce per write, so nonces
//! never repeat in practice even across devices restoring the same backup.
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::storage::sealing::{SealError, Sealer};

const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;
const SALT_LEN: usize = 16;
/// Ceilings for parameters read from storage or a backup file: a doctored
/// file asking for terabytes must get an error, not an allocation failure.
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_ITERATIONS: u32 = 16;
const MAX_PARALLELISM: u32 = 4;

/// How a key is derived, stored next to the data so the cost can be raised
/// later without losing what was sealed under the old one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub algorithm: String,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// Base64 of 16 random bytes.
    pub salt: String,
}

impl KdfParams {
    /// Argon2id with 64 MiB, 3 passes, 1 lane (OWASP's and RFC 9106's
    /// memory-constrained choice) and a new random salt.
    pub fn recommended() -> Result<Self, SealError> {
        Self::with_cost(64 * 1024, 3)
    }

    /// A weaker cost for host tests, where 64 MiB per derivation is slow.
    pub fn with_cost(memory_kib: u32, iterations: u32) -> Result<Self, SealError> {
        let mut salt = [0u8; SALT_LEN];
        random_bytes(&mut salt)?;
        Ok(Self { algorithm: "argon2id".into(), memory_kib, iterations, parallelism: 1, salt: BASE64.encode(salt) })
    }
}

#[derive(Clone)]
pub struct VaultKey(Zeroizing<[u8; KEY_LEN]>);

impl std::fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultKey(hidden)")
    }
}

impl VaultKey {
    pub fn derive(passphrase: &str, params: &KdfParams) -> Result<Self, SealError> {
        if params.algorithm != "argon2id"
            || params.memory_kib > MAX_MEMORY_KIB
            || params.iterations > MAX_ITERATIONS
            || params.parallelism > MAX_PARALLELISM
        {
            return Err(SealError::Malformed);
        }
        let salt = BASE64.decode(&params.salt).map_err(|_| SealError::Malformed)?;
        let cost = Params::new(params.memory_kib, params.iterations, params.parallelism, Some(KEY_LEN))
            .map_err(|_| SealError::Malformed)?;
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, cost)
            .hash_password_into(passphrase.as_bytes(), &salt, key.as_mut())
            .map_err(|_| SealError::Malformed)?;
        Ok(Self(key))
    }

    /// Base64 of nonce and ciphertext. `bound_to` (the record's key) must be
    /// given again to open it, so one sealed record cannot stand in for another.
    pub fn seal(&self, bound_to: &[u8], plaintext: &[u8]) -> Result<String, SealError> {
        let mut nonce = [0u8; NONCE_LEN];
        random_bytes(&mut nonce)?;
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: bound_to })
            .map_err(|_| SealError::Malformed)?;
        let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(BASE64.encode(out))
    }

    pub fn open(&self, bound_to: &[u8], sealed: &str) -> Result<Zeroizing<Vec<u8>>, SealError> {
        let bytes = BASE64.decode(sealed).map_err(|_| SealError::Malformed)?;
        if bytes.len() < NONCE_LEN {
            return Err(SealError::Malformed);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: bound_to })
            .map(Zeroizing::new)
            .map_err(|_| SealError::WrongKey)
    }
}

impl Sealer for VaultKey {
    fn seal(&self, bound_to: &[u8], clear: &[u8]) -> Result<String, SealError> {
        VaultKey::seal(self, bound_to, clear)
    }

    fn open(&self, bound_to: &[u8], sealed: &str) -> Result<Zeroizing<Vec<u8>>, SealError> {
        VaultKey::open(self, bound_to, sealed)
    }
}

fn random_bytes(buffer: &mut [u8]) -> Result<(), SealError> {
    getrandom::fill(buffer).map_err(|_| SealError::NoRandomness)
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// Cheap parameters: the tests are about sealing, not about cost.
    pub fn test_key(passphrase: &str) -> (VaultKey, KdfParams) {
        let params = KdfParams::with_cost(64, 1).unwrap();
        (VaultKey::derive(passphrase, &params).unwrap(), params)
    }

    #[test]
    fn the_recommended_cost_is_argon2id_64_mib_3_passes_one_lane_random_salt() {
        let a = KdfParams::recommended().unwrap();
        let b = KdfParams::recommended().unwrap();
        assert_eq!((a.algorithm.as_str(), a.memory_kib, a.iterations, a.parallelism), ("argon2id", 65536, 3, 1));
        assert_eq!(BASE64.decode(&a.salt).unwrap().len(), 16);
        assert_ne!(a.salt, b.salt);
    }

    #[test]
    fn sealed_text_opens_with_the_same_passphrase_and_record_key() {
        let (key, params) = test_key("correct horse");
        let sealed = key.seal(b"senda/journal/a", "Camión, l·l".as_bytes()).unwrap();
        assert!(!sealed.contains("Cami"));
        let again = VaultKey::derive("correct horse", &params).unwrap();
        assert_eq!(again.open(b"senda/journal/a", &sealed).unwrap().as_slice(), "Camión, l·l".as_bytes());
    }

    #[test]
    fn every_seal_uses_a_new_nonce() {
        let (key, _) = test_key("p");
        assert_ne!(key.seal(b"k", b"same").unwrap(), key.seal(b"k", b"same").unwrap());
    }

    #[test]
    fn a_wrong_passphrase_or_salt_does_not_open() {
        let (key, params) = test_key("right");
        let sealed = key.seal(b"k", b"secret").unwrap();
        let wrong = VaultKey::derive("wrong", &params).unwrap();
        assert_eq!(wrong.open(b"k", &sealed), Err(SealError::WrongKey));
        let (other_salt, _) = test_key("right");
        assert_eq!(other_salt.open(b"k", &sealed), Err(SealError::WrongKey));
    }

    #[test]
    fn a_record_moved_to_another_key_does_not_open() {
        let (key, _) = test_key("p");
        let sealed = key.seal(b"senda/journal/a", b"secret").unwrap();
        assert_eq!(key.open(b"senda/journal/b", &sealed), Err(SealError::WrongKey));
    }

    #[test]
    fn tampered_or_truncated_text_is_refused() {
        let (key, _) = test_key("p");
        let sealed = key.seal(b"k", b"secret words").unwrap();
        let mut bytes = BASE64.decode(&sealed).unwrap();
        for index in [0, 10, 24, bytes.len() - 1] {
            bytes[index] ^= 1;
            assert_eq!(key.open(b"k", &BASE64.encode(&bytes)), Err(SealError::WrongKey), "byte {index}");
            bytes[index] ^= 1;
        }
        assert_eq!(key.open(b"k", &BASE64.encode(&bytes[..20])), Err(SealError::Malformed));
        assert_eq!(key.open(b"k", "not base64 !"), Err(SealError::Malformed));
    }

    #[test]
    fn parameters_that_are_not_ours_are_refused() {
        let (_, params) = test_key("p");
        let scrypt = KdfParams { algorithm: "scrypt".into(), ..params.clone() };
        assert_eq!(VaultKey::derive("p", &scrypt).unwrap_err(), SealError::Malformed);
        let no_memory = KdfParams { memory_kib: 0, ..params.clone() };
        assert_eq!(VaultKey::derive("p", &no_memory).unwrap_err(), SealError::Malformed);
        let huge = KdfParams { memory_kib: u32::MAX, ..params.clone() };
        assert_eq!(VaultKey::derive("p", &huge).unwrap_err(), SealError::Malformed);
        let bad_salt = KdfParams { salt: "***".into(), ..params };
        assert_eq!(VaultKey::derive("p", &bad_salt).unwrap_err(), SealError::Malformed);
    }
}
