//! The operating system's and the JSON reader's errors in the site's language: their own
//! texts are English ("Permission denied (os error 13)"), so a message names what kind
//! of error it was from the catalogue instead.

use std::io::{Error, ErrorKind};

use super::Msg;
use crate::msg;

/// What went wrong with a file, a folder or a port, in the catalogue's words.
pub fn os_error(e: &Error) -> Msg {
    let id = match e.kind() {
        ErrorKind::NotFound => "os-not-found",
        ErrorKind::PermissionDenied => "os-permission-denied",
        ErrorKind::AlreadyExists => "os-already-exists",
        ErrorKind::IsADirectory => "os-is-a-directory",
        ErrorKind::NotADirectory => "os-not-a-directory",
        ErrorKind::DirectoryNotEmpty => "os-directory-not-empty",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "os-storage-full",
        ErrorKind::ReadOnlyFilesystem => "os-read-only",
        ErrorKind::FileTooLarge => "os-file-too-large",
        ErrorKind::InvalidData => "os-invalid-data",
        ErrorKind::InvalidFilename => "os-invalid-filename",
        ErrorKind::CrossesDevices => "os-crosses-devices",
        ErrorKind::AddrInUse => "os-address-in-use",
        ErrorKind::AddrNotAvailable => "os-address-not-available",
        ErrorKind::TimedOut => "os-timed-out",
        ErrorKind::UnexpectedEof => "os-unexpected-end",
        ErrorKind::OutOfMemory => "os-out-of-memory",
        ErrorKind::Interrupted => "os-interrupted",
        _ => {
            return match e.raw_os_error() {
                Some(code) => msg!("os-other-code", code),
                None => msg!("os-other"),
            };
        }
    };
    Msg::new(id, Vec::new())
}

/// What went wrong walking a folder: a file's error, or a link back to a folder above.
pub fn walk_error(e: &walkdir::Error) -> Msg {
    e.io_error().map_or_else(|| msg!("os-folder-loop"), os_error)
}

/// Why a text is not JSON, in the catalogue's words (its place is the message's span).
pub fn json_error(e: &serde_json::Error) -> Msg {
    use serde_json::error::Category;
    match e.classify() {
        Category::Io => msg!("json-cannot-read"),
        Category::Syntax => msg!("json-syntax"),
        Category::Data => msg!("json-wrong-kind"),
        Category::Eof => msg!("json-ends-early"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Language;

    #[test]
    fn an_os_error_is_named_in_dutch() {
        let e = Error::from_raw_os_error(13);
        let nl = os_error(&e).say(Language::default());
        assert_eq!(nl, "geen toestemming");
        let e = Error::from_raw_os_error(9999);
        assert!(os_error(&e).say(Language::default()).contains("9999"));
    }

    #[test]
    fn a_json_error_is_named_in_dutch() {
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": }").unwrap_err();
        assert!(!json_error(&e).say(Language::default()).contains("expected"));
        let e = serde_json::from_str::<serde_json::Value>("[1, 2").unwrap_err();
        assert_eq!(json_error(&e).id(), "json-ends-early");
    }
}
