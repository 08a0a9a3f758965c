//! Which [`Printer`] lays out the printed guide: typst (the crate `steunwijzer-print`)
//! when this binary was built with the feature `print` (the default), else none, and the
//! site is made without the PDFs and says so.

use steunwijzer_render::Printer;

/// The printer of this binary. (An `Option` in both builds: without the feature it is
/// `None`.)
#[cfg(feature = "print")]
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn printer() -> Option<&'static dyn Printer> {
    Some(&steunwijzer_print::Typst)
}

/// This binary was built without printing.
#[cfg(not(feature = "print"))]
pub(crate) fn printer() -> Option<&'static dyn Printer> {
    None
}
