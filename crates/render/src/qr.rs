//! QR codes as SVG vectors: one path of unit squares, so they print sharp at any size and
//! add a few hundred bytes to the PDF.

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white border around the code, as the QR standard asks.
const QUIET: usize = 4;

/// An SVG image of a QR code that encodes `url`; None if it is too long for a QR code.
pub fn svg(url: &str) -> Option<String> {
    // Medium error correction: survives a crease or a smudge on a printed page.
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    // One rectangle per run of dark modules in a row: a third of the bytes of one per module.
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                let _ = write!(path, "M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET);
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_address_becomes_a_vector_code() {
        let s = svg("https://steunwijzer.example.org/aanbieders/raadsliedenwinkel-aan-het-spaarne/").unwrap();
        assert!(s.starts_with("<svg") && s.contains("<path d=\"M"));
        assert!(svg(&"x".repeat(5000)).is_none(), "too long for any QR code");
    }
}
