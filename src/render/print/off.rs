//! Without the feature `print`: no guide is laid out, and no text is held to the print
//! fonts' letters ([`super::unavailable`] tells the site why).

use super::Printed;
use crate::date::Date;
use crate::diagnostic::Diagnostics;
use crate::model::Site;
use crate::render::theme::Theme;

/// Makes no PDF.
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn print(_site: &Site, _theme: &Theme, _edition: Date) -> Result<Printed, Diagnostics> {
    Ok(Printed::default())
}

/// No fonts to hold texts to.
pub(crate) fn letters(_theme: &Theme) -> Option<Letters> {
    None
}

/// Never made: there are no print fonts to ask.
pub(crate) enum Letters {}

impl Letters {
    pub(crate) fn has(&self, _c: char) -> bool {
        match *self {}
    }
}
