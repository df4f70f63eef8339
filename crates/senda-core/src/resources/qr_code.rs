//! A QR code for a link, drawn on the device as one SVG path: no image
//! service, no request. The encoding is the `qrcodegen` crate's (Project
//! Nayuki); this file only turns its modules into path commands.
use qrcodegen::{QrCode, QrCodeEcc};

/// The side in modules (with a 4-module quiet zone on each side) and the
/// path of the dark modules, or None if the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((size + 8, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_of_modules_with_a_quiet_zone() {
        let (side, path) = qr_path("https://org.example/senda/#/guide/line-016").unwrap();
        assert_eq!((side - 8 - 17) % 4, 0, "QR sizes are 17 + 4 × version");
        assert!(path.starts_with("M4 4h1v1h-1z"), "the finder pattern's corner is dark");
        assert!(path.chars().all(|c| c.is_ascii_digit() || "Mhvz -".contains(c)));
        assert_eq!(qr_path(&"x".repeat(5000)), None);
    }
}
