//! The hashes the build writes: integrity and CSP hashes (base64), the
//! worker's (hex), and the short content hash in built files' names.
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

pub fn sha256_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
}

pub fn sha384_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// 16 hex digits of `bytes`' SHA-256, as Trunk names its files.
pub fn short_hash(bytes: &[u8]) -> String {
    short(Sha256::digest(bytes).as_slice())
}

/// 16 hex digits of a SHA-256 made piece by piece.
pub fn short(digest: &[u8]) -> String {
    hex(digest)[..16].to_owned()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hashes_are_the_standard_ones() {
        // `printf abc | sha256sum`, and `| openssl dgst -sha384 -binary | base64`.
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(short_hash(b"abc"), "ba7816bf8f01cfea");
        assert_eq!(sha384_base64(b"abc"), "ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
        assert_eq!(sha256_base64(b"abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }
}
