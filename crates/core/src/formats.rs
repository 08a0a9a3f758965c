//! The forms of contact details editors write: Dutch phone numbers and postcodes, e-mail
//! addresses and web addresses. Each check returns the value in the form the site shows or
//! links to, or what is wrong with a hint for the editor.

use crate::msg;
use serde::Serialize;

use crate::diagnostic::{Code, Msg};

/// A problem with a value: what is wrong, and how to write it instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    /// The code of the diagnostic it becomes.
    pub code: Code,
    /// What is wrong.
    pub message: Msg,
    /// How to put it right.
    pub hint: Msg,
}

fn invalid(code: Code, message: Msg, hint: Msg) -> Invalid {
    Invalid { code, message, hint }
}

/// A Dutch phone number: as the editor wrote it (for reading) and as a `tel:` target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phone {
    /// As people read it (`023 511 51 15`).
    pub display: String,
    /// As a `tel:` link dials it (`+31235115115`).
    pub tel: String,
}

/// Accepts the ways Dutch numbers are written: `023 511 52 73`, `023-5115273`,
/// `06 12345678`, `+31 23 511 5273`, `0031 ...`, `0800 1234`, `0900-1234567`, the
/// municipal number `14 023`, and the short numbers for help: `112`, `113`, `144`, `116 111`.
pub fn phone(raw: &str) -> Result<Phone, Invalid> {
    let display = raw.trim().to_string();
    let hint = msg!("write-dutch-number-for-example-023");
    let mut digits = String::new();
    for (i, c) in display.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => digits.push_str("00"),
            ' ' | '-' | '(' | ')' | '.' | '\u{a0}' => {}
            _ => {
                return Err(invalid(
                    Code::InvalidPhone,
                    msg!("phone-character-not-allowed", display, char = c),
                    hint,
                ));
            }
        }
    }
    let national = if let Some(rest) = digits.strip_prefix("0031") {
        format!("0{}", rest.strip_prefix('0').unwrap_or(rest))
    } else if digits.starts_with("00") {
        return Err(invalid(Code::InvalidPhone, msg!("phone-foreign", display), hint));
    } else {
        digits.clone()
    };
    let service = ["0800", "0900", "0906", "0909"];
    if let Some(prefix) = service.iter().find(|p| national.starts_with(**p)) {
        let rest = national.len() - prefix.len();
        if rest == 4 || rest == 7 {
            return Ok(Phone { display, tel: national });
        }
        return Err(invalid(
            Code::InvalidPhone,
            msg!("phone-service-digits", display, prefix),
            hint,
        ));
    }
    if national.starts_with("14") && (national.len() == 5 || national.len() == 6) {
        return Ok(Phone { display, tel: national });
    }
    // Emergency and helpline numbers: 112, 113 (suicide prevention), 144 (animals), and
    // the European 116 numbers.
    if matches!(national.as_str(), "112" | "113" | "144") || (national.starts_with("116") && national.len() == 6) {
        return Ok(Phone { display, tel: national });
    }
    if national.len() == 10 && national.starts_with('0') && !national.starts_with("00") {
        return Ok(Phone {
            display,
            tel: format!("+31{}", &national[1..]),
        });
    }
    Err(invalid(
        Code::InvalidPhone,
        msg!("not-dutch-phone-number-has-digits", display, digits = national.len()),
        hint,
    ))
}

/// A Dutch postcode, normalised to `1234 AB`.
pub fn postcode(raw: &str) -> Result<String, Invalid> {
    let compact: String = raw.split_whitespace().collect::<String>().to_uppercase();
    let hint = msg!("dutch-postcode-four-digits-two-letters");
    let b = compact.as_bytes();
    let ok = b.len() == 6
        && b[0] != b'0'
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4..].iter().all(u8::is_ascii_uppercase);
    if !ok {
        return Err(invalid(
            Code::InvalidPostcode,
            msg!("not-dutch-postcode", raw = raw.trim()),
            hint,
        ));
    }
    let letters = &compact[4..];
    if ["SA", "SD", "SS"].contains(&letters) {
        return Err(invalid(
            Code::InvalidPostcode,
            msg!("postcode-letters-never-used", raw = raw.trim(), letters),
            hint,
        ));
    }
    Ok(format!("{} {}", &compact[..4], letters))
}

fn valid_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// An e-mail address, checked and trimmed.
pub fn email(raw: &str) -> Result<String, Invalid> {
    let s = raw.trim();
    let hint = msg!("write-as-name-domain-nl-without");
    if s.starts_with("mailto:") {
        return Err(invalid(
            Code::InvalidEmail,
            msg!("email-starts-with-mailto", text = s),
            hint,
        ));
    }
    let Some((local, domain)) = s.split_once('@') else {
        return Err(invalid(Code::InvalidEmail, msg!("email-has-no-at", text = s), hint));
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    if !local_ok || !valid_host(domain) {
        return Err(invalid(
            Code::InvalidEmail,
            msg!("not-valid-e-mail-address", text = s),
            hint,
        ));
    }
    Ok(s.to_string())
}

/// An absolute `http` or `https` address with a public domain name.
pub fn web_url(raw: &str) -> Result<String, Invalid> {
    url_with_host(raw, valid_host)
}

/// True for an `http://` address: it works, but browsers call it "Not secure".
pub(crate) fn is_plain_http(url: &str) -> bool {
    url.get(..7).is_some_and(|start| start.eq_ignore_ascii_case("http://"))
}

/// The address a site is published at: like [`web_url`], but `localhost` and IPv4
/// addresses are allowed too (a preview, a test server, an intranet).
/// It is an origin and a path only: links are made by appending to it, so a query or a
/// fragment would end up in the middle of every address.
pub(crate) fn site_url(raw: &str) -> Result<String, Invalid> {
    let s = url_with_host(raw, |h| {
        valid_host(h) || h == "localhost" || h.parse::<std::net::Ipv4Addr>().is_ok()
    })?;
    let hint = msg!("give-address-site-published-at-such");
    if s.contains(['?', '#']) {
        return Err(invalid(
            Code::InvalidUrl,
            msg!("has-query-fragment-site-s-address", text = &s),
            hint,
        ));
    }
    let authority = s
        .split_once("://")
        .map_or("", |(_, r)| r)
        .split('/')
        .next()
        .unwrap_or("");
    if let Some((_, port)) = authority.rsplit_once(':')
        && !port.parse::<u16>().is_ok_and(|p| p > 0)
    {
        return Err(invalid(
            Code::InvalidUrl,
            msg!("has-port-port-number-from", text = &s, port),
            hint,
        ));
    }
    Ok(s)
}

fn url_with_host(raw: &str, host_ok: impl Fn(&str) -> bool) -> Result<String, Invalid> {
    let s = raw.trim();
    let hint = msg!("write-whole-address-starting-with-https");
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or_else(|| {
            // `www.voorbeeld.nl`: the address is right, only the start is missing.
            let domain = s.split(['/', '?', '#']).next().unwrap_or("");
            let fixed = if host_ok(domain) {
                let slash = if s.len() == domain.len() { "/" } else { "" };
                msg!("add-https-front", text = s, slash)
            } else {
                hint.clone()
            };
            invalid(
                Code::InvalidUrl,
                msg!("not-web-address-starting-with-https", text = s),
                fixed,
            )
        })?;
    if s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        return Err(invalid(
            Code::InvalidUrl,
            msg!("contains-spaces-characters-not-allowed-web", text = s),
            hint,
        ));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => authority,
    };
    if authority.contains('@') || !host_ok(host) {
        return Err(invalid(
            Code::InvalidUrl,
            msg!("does-not-have-valid-domain-name", text = s),
            hint,
        ));
    }
    Ok(s.to_string())
}

/// What keeps a text from being a name ([`text::name_problem`](crate::text::name_problem)),
/// as the end of a sentence: "… cannot be a name: it is empty".
pub fn name_problem(problem: &crate::text::NameProblem) -> Msg {
    use crate::text::NameProblem;
    match problem {
        NameProblem::Empty => msg!("name-is-empty"),
        NameProblem::Lines => msg!("name-has-lines"),
        NameProblem::Hidden(c) => msg!("name-has-hidden", char = crate::text::char_name(*c)),
        NameProblem::TooLong(n) => msg!("name-too-long", count = n, max = crate::text::MAX_NAME_CHARS),
        NameProblem::NoLetter => msg!("name-has-no-letter"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_urls_are_an_origin_and_a_path() {
        assert!(site_url("https://example.org/haarlem/").is_ok());
        assert!(site_url("http://localhost:8080/").is_ok());
        for bad in [
            "https://example.org/?x=1",
            "https://example.org/#top",
            "https://example.org:99999/",
            "https://example.org:0/",
            "https://example.org:/",
            "https://user@example.org/",
            "javascript:alert(1)",
        ] {
            assert!(site_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dutch_phone_numbers() {
        assert_eq!(phone("023 511 52 73").unwrap().tel, "+31235115273");
        assert_eq!(phone("023-5115273").unwrap().tel, "+31235115273");
        assert_eq!(phone("06 12345678").unwrap().tel, "+31612345678");
        assert_eq!(phone("+31 (0)23 511 52 73").unwrap().tel, "+31235115273");
        assert_eq!(phone("+31 23 511 52 73").unwrap().tel, "+31235115273");
        assert_eq!(phone("0031 23 511 52 73").unwrap().tel, "+31235115273");
        assert_eq!(phone("0800-1234").unwrap().tel, "08001234");
        assert_eq!(phone("0900 123 45 67").unwrap().tel, "09001234567");
        assert_eq!(phone("14 023").unwrap().tel, "14023");
        assert_eq!(phone("14 023").unwrap().display, "14 023");
        assert_eq!(phone("112").unwrap().tel, "112");
        assert_eq!(phone("113").unwrap().tel, "113");
        assert_eq!(phone("0800-0113").unwrap().tel, "08000113");
        assert_eq!(phone("0800 2000").unwrap().tel, "08002000");
        assert_eq!(phone("116 111").unwrap().tel, "116111");
        assert!(phone("114").is_err());
    }

    #[test]
    fn bad_phone_numbers() {
        assert!(phone("023 511 52").is_err());
        assert!(phone("023 511 52 73 1").is_err());
        assert!(phone("+44 20 7946 0000").is_err());
        assert!(phone("bel ons").is_err());
        assert!(phone("0800 12").is_err());
        assert!(phone("").is_err());
    }

    #[test]
    fn postcodes() {
        assert_eq!(postcode("2011ab").unwrap(), "2011 AB");
        assert_eq!(postcode(" 2011 AB ").unwrap(), "2011 AB");
        assert!(postcode("0123 AB").is_err());
        assert!(postcode("2011 SS").is_err());
        assert!(postcode("201 AB").is_err());
        assert!(postcode("2011 A1").is_err());
    }

    #[test]
    fn emails() {
        assert!(email("info@voorbeeld.example.org").is_ok());
        assert!(email("a.b+c@ex-ample.nl").is_ok());
        assert!(email("info@voorbeeld").is_err());
        assert!(email("info voorbeeld.nl").is_err());
        assert!(email("mailto:a@b.nl").is_err());
        assert!(email("a..b@c.nl").is_err());
        assert!(email("@c.nl").is_err());
    }

    #[test]
    fn web_urls() {
        assert!(web_url("https://www.example.org/").is_ok());
        assert!(web_url("http://example.org:8080/a?b=c#d").is_ok());
        assert_eq!(
            web_url("www.example.org").unwrap_err().hint,
            "add https:// in front: `https://www.example.org/`"
        );
        assert_eq!(
            web_url("example.org/hulp").unwrap_err().hint,
            "add https:// in front: `https://example.org/hulp`"
        );
        assert!(
            web_url("schuldhulp")
                .unwrap_err()
                .hint
                .english()
                .starts_with("write the whole address")
        );
        assert!(web_url("javascript:alert(1)").is_err());
        assert!(web_url("https://exa mple.org").is_err());
        assert!(web_url("https://localhost/").is_err());
        assert!(web_url("https://user@example.org/").is_err());
        assert!(web_url("http://127.0.0.1:8080/").is_err());
        assert!(site_url("http://127.0.0.1:8080/").is_ok());
        assert!(site_url("http://localhost:1111/").is_ok());
        assert!(site_url("https://steunwijzer.example.org/haarlem/").is_ok());
        assert!(site_url("ftp://localhost/").is_err());
    }
}
