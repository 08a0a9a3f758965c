//! QR codes as SVG vectors: one path of unit squares, so they print sharp at any size and
//! add a few hundred bytes to the PDF.

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white border around the code, as the QR standard asks.
const QUIET: usize = 4;

/// An SVG image of a QR code that encodes `url`; None if it is too long for a QR code.
pub fn svg(url: &str) -> Option<String> {
    Code::new(url).map(|c| c.svg())
}

/// A QR code's modules, a bit each. Choosing a code's mask is most of the work of making
/// it (a tenth of a build with the printed guide, where a provider is in four or five
/// documents): the guide keeps each provider's code as these bits, 140 bytes, and draws
/// the SVG again for each document from them.
#[derive(Debug, Clone)]
pub struct Code {
    width: usize,
    dark: Vec<u8>,
}

impl Code {
    /// The code that encodes `url`; None if it is too long for a QR code.
    #[must_use]
    pub fn new(url: &str) -> Option<Code> {
        // Medium error correction: survives a crease or a smudge on a printed page.
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
        let mut dark = vec![0u8; (code.width() * code.width()).div_ceil(8)];
        for (i, c) in code.to_colors().iter().enumerate() {
            if *c == Color::Dark {
                dark[i / 8] |= 1 << (i % 8);
            }
        }
        Some(Code {
            width: code.width(),
            dark,
        })
    }

    fn is_dark(&self, x: usize, y: usize) -> bool {
        let i = y * self.width + x;
        self.dark[i / 8] & (1 << (i % 8)) != 0
    }

    /// The code as an SVG image.
    #[must_use]
    pub fn svg(&self) -> String {
        let width = self.width;
        let size = width + 2 * QUIET;
        // One rectangle per run of dark modules in a row: a third of the bytes of one per
        // module.
        let mut path = String::new();
        for y in 0..width {
            let mut x = 0;
            while x < width {
                if self.is_dark(x, y) {
                    let run = (x..width).take_while(|&x| self.is_dark(x, y)).count();
                    let _ = write!(path, "M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET);
                    x += run;
                } else {
                    x += 1;
                }
            }
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">\
             <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_address_becomes_a_vector_code() {
        let s = svg("https://steunwijzer.example.org/aanbieders/raadsliedenwinkel-aan-het-spaarne/").unwrap();
        assert!(s.starts_with("<svg") && s.contains("<path d=\"M"));
        assert!(svg(&"x".repeat(5000)).is_none(), "too long for any QR code");
        // The SVG drawn from the kept bits is the one drawn straight from the code before
        // the bits were kept (its first bytes and its 355 rectangles).
        assert_eq!(s.matches('M').count(), 355);
        assert!(s.contains("viewBox=\"0 0 45 45\""), "{s}");
        let code = Code::new("https://steunwijzer.example.org/aanbieders/raadsliedenwinkel-aan-het-spaarne/").unwrap();
        assert_eq!(code.svg(), s);
        assert_eq!(code.dark.len(), (code.width * code.width).div_ceil(8));
    }
}
