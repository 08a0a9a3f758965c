//! A small HTTP/1.1 server for the live preview: 127.0.0.1 only, GET and HEAD only, files
//! from memory only. Nothing here touches the file system, so no path can reach outside
//! the site; paths with `..` are refused before they are looked up.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use super::session::Files;
use steunwijzer_core::diagnostic::Language;
use steunwijzer_core::paths;
use steunwijzer_core::text;

/// Where the preview's own files live; no site file can be there (`__` is not a slug).
const PREFIX: &str = "/__steunwijzer/";

const LIVE_JS: &str = include_str!("live.js");
const ERROR_PAGE: &str = include_str!("errors.html");

/// What the server shows: the last good site, and the current problems if any.
#[derive(Default)]
pub(crate) struct Served {
    pub(crate) files: Arc<Files>,
    /// The problems of the last build, as the terminal shows them.
    pub(crate) errors: Option<String>,
    pub(crate) generation: u64,
}

/// Open live-reload connections.
#[derive(Default)]
pub(crate) struct Hub {
    listeners: Mutex<Vec<Sender<String>>>,
}

impl Hub {
    /// Sends a server-sent event to every open page.
    pub(crate) fn send(&self, event: &str, data: &str) {
        let message = sse_event(event, data);
        if let Ok(mut listeners) = self.listeners.lock() {
            listeners.retain(|l| l.send(message.clone()).is_ok());
        }
    }

    fn subscribe(&self) -> Receiver<String> {
        let (tx, rx) = mpsc::channel();
        if let Ok(mut listeners) = self.listeners.lock() {
            listeners.push(tx);
        }
        rx
    }
}

/// A server-sent event: its name, and each line of `data` as a `data:` line.
fn sse_event(event: &str, data: &str) -> String {
    let mut message = format!("event: {event}\n");
    for line in data.lines() {
        message.push_str("data: ");
        message.push_str(line);
        message.push('\n');
    }
    message.push('\n');
    message
}

pub(crate) struct State {
    pub(crate) served: RwLock<Served>,
    pub(crate) hub: Hub,
    /// Connections being read or answered.
    pub(crate) requests: Slots,
    /// Open live-reload streams (one per open page).
    pub(crate) streams: Slots,
    pub(crate) idle: Idle,
    /// The port the preview listens on: a request must name it in its `Host`.
    pub(crate) port: u16,
    /// What the preview itself says, in the language of the messages.
    pub(crate) words: Words,
}

/// The preview's own sentences (its error page, overlay and plain answers), from the
/// command line's catalogue in one language.
pub(crate) struct Words {
    lang: &'static str,
    page_title: String,
    refreshes: String,
    no_errors: String,
    overlay_title: String,
    overlay_hide: String,
    headers_too_large: String,
    only_localhost: String,
    only_get: String,
    too_many_pages: String,
    server_error: String,
    not_found: String,
}

impl Words {
    pub(crate) fn new(language: Language) -> Words {
        let say = |id: &str| steunwijzer_core::diagnostic::say(language, id, &[]);
        let line = |id: &str| format!("{}\n", say(id));
        Words {
            lang: language.code(),
            page_title: say("serve-page-title"),
            refreshes: say("serve-page-refreshes"),
            no_errors: say("serve-page-no-errors"),
            overlay_title: say("serve-overlay-title"),
            overlay_hide: say("serve-overlay-hide"),
            headers_too_large: line("serve-answer-headers-too-large"),
            only_localhost: line("serve-answer-only-localhost"),
            only_get: line("serve-answer-only-get"),
            too_many_pages: line("serve-answer-too-many-pages"),
            server_error: line("serve-answer-server-error"),
            not_found: line("serve-answer-not-found"),
        }
    }
}

/// How many requests are read or answered at once; more wait to be accepted.
pub(crate) const MAX_REQUESTS: usize = 32;
/// How many pages can follow the live reload at once; more get 503 and retry.
pub(crate) const MAX_STREAMS: usize = 32;
/// How long a connection may take to send its whole request line and headers, however
/// slowly it trickles them: then it is closed and its slot is free.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(3);
/// The most a request's line and headers may be.
const MAX_HEAD: usize = 16 * 1024;

/// The policy of the site's pages, sent as a header with every site file: an SVG or other
/// file opened on its own gets it too, which a meta element cannot give.
const SITE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; \
     frame-ancestors 'none'";
/// The policy of the preview's own error page, whose style is inline.
const OWN_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; \
     base-uri 'none'; frame-ancestors 'none'";

/// A counting semaphore: a fixed number of slots, taken and given back.
pub(crate) struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

impl Slots {
    pub(crate) fn new(n: usize) -> Self {
        Slots {
            free: Mutex::new(n),
            freed: Condvar::new(),
        }
    }

    /// Waits for a slot and takes it.
    fn take(&self) {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        while *free == 0 {
            free = self.freed.wait(free).unwrap_or_else(PoisonError::into_inner);
        }
        *free -= 1;
    }

    /// Takes a slot if one is free now.
    fn try_take(&self) -> bool {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        if *free == 0 {
            return false;
        }
        *free -= 1;
        true
    }

    fn give_back(&self) {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        *free += 1;
        self.freed.notify_one();
    }
}

/// Binds 127.0.0.1 on `port`, or the next free port up to 20 further.
pub(crate) fn bind(port: u16) -> std::io::Result<TcpListener> {
    let mut last = None;
    for p in port..=port.saturating_add(20) {
        match TcpListener::bind(("127.0.0.1", p)) {
            Ok(l) => return Ok(l),
            Err(e) => last = Some(e),
        }
        if port == 0 {
            break;
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free port")))
}

/// Serves connections until the process ends, one thread each, at most [`MAX_REQUESTS`]
/// at once. When all are taken, the connection that has waited longest without sending
/// its request is closed to make room, so idle connections cannot keep a page from
/// loading; a connection that sends nothing is closed after a few seconds anyway.
pub(crate) fn run(listener: &TcpListener, state: &Arc<State>) {
    for (id, stream) in listener.incoming().flatten().enumerate() {
        while !state.requests.try_take() {
            if !state.idle.close_oldest() {
                state.requests.take();
                break;
            }
            std::thread::yield_now();
        }
        if let Ok(clone) = stream.try_clone() {
            state.idle.add(id, clone);
        }
        let state = state.clone();
        std::thread::spawn(move || {
            // A live-reload stream gives its request slot back when it starts.
            let mut holds_slot = true;
            let _ = handle(stream, &state, id, &mut holds_slot);
            state.idle.remove(id);
            if holds_slot {
                state.requests.give_back();
            }
        });
    }
}

/// Connections accepted that have not sent their request yet, oldest first.
#[derive(Default)]
pub(crate) struct Idle {
    waiting: Mutex<std::collections::VecDeque<(usize, TcpStream)>>,
}

impl Idle {
    fn add(&self, id: usize, stream: TcpStream) {
        self.waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push_back((id, stream));
    }

    fn remove(&self, id: usize) {
        self.waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|(i, _)| *i != id);
    }

    /// Closes the connection that has waited longest; false when none waits.
    fn close_oldest(&self) -> bool {
        let oldest = self.waiting.lock().unwrap_or_else(PoisonError::into_inner).pop_front();
        match oldest {
            Some((_, stream)) => {
                let _ = stream.shutdown(std::net::Shutdown::Both);
                true
            }
            None => false,
        }
    }
}

/// The request line of a request whose head came in time, within bounds, and named this
/// preview as its host; None when the request was answered already (431, 421).
fn request_line(stream: &mut TcpStream, state: &State, id: usize) -> std::io::Result<Option<String>> {
    let head = match read_head(stream, Instant::now() + REQUEST_TIMEOUT) {
        Ok(head) => head,
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            let body = state.words.headers_too_large.as_bytes();
            respond(stream, 431, "text/plain; charset=utf-8", body, false, &[])?;
            // Read what is still coming (within bounds), so closing does not reset the
            // connection before the client has the answer.
            stream.shutdown(std::net::Shutdown::Write)?;
            stream.set_read_timeout(Some(Duration::from_secs(1)))?;
            let _ = std::io::copy(&mut (&mut *stream).take(1 << 20), &mut std::io::sink());
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    state.idle.remove(id);
    let mut lines = head.lines();
    let request_line = lines.next().unwrap_or("").to_string();
    let host = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("host"))
        .map(|(_, v)| v.trim().to_string());
    if host.as_deref().is_some_and(|h| is_own_host(h, state.port)) {
        return Ok(Some(request_line));
    }
    // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) names its
    // own host; it gets nothing.
    let body = state.words.only_localhost.as_bytes();
    respond(stream, 421, "text/plain; charset=utf-8", body, false, &[])?;
    Ok(None)
}

fn handle(mut stream: TcpStream, state: &State, id: usize, holds_slot: &mut bool) -> std::io::Result<()> {
    let Some(request_line) = request_line(&mut stream, state, id)? else {
        return Ok(());
    };
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let head = method == "HEAD";
    if method != "GET" && !head {
        return respond(
            &mut stream,
            405,
            "text/plain; charset=utf-8",
            state.words.only_get.as_bytes(),
            head,
            &[("Allow", "GET, HEAD")],
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    match path.strip_prefix(PREFIX) {
        Some("live.js") => respond(
            &mut stream,
            200,
            "text/javascript; charset=utf-8",
            LIVE_JS.as_bytes(),
            head,
            &[],
        ),
        Some("errors") => {
            let page = error_page(state);
            respond(
                &mut stream,
                200,
                "text/html; charset=utf-8",
                page.as_bytes(),
                head,
                &[("Content-Security-Policy", OWN_POLICY)],
            )
        }
        Some("events") if !head => {
            if state.streams.try_take() {
                state.requests.give_back();
                *holds_slot = false;
                let streamed = events(stream, state);
                state.streams.give_back();
                return streamed;
            }
            respond(
                &mut stream,
                503,
                "text/plain; charset=utf-8",
                state.words.too_many_pages.as_bytes(),
                head,
                &[("Retry-After", "5")],
            )
        }
        _ => site_file(&mut stream, state, path, head),
    }
}

fn site_file(stream: &mut TcpStream, state: &State, path: &str, head: bool) -> std::io::Result<()> {
    let (files, generation, broken) = match state.served.read() {
        Ok(s) => (s.files.clone(), s.generation, s.errors.is_some() && s.files.is_empty()),
        Err(_) => {
            let body = state.words.server_error.as_bytes();
            return respond(stream, 500, "text/plain; charset=utf-8", body, head, &[]);
        }
    };
    if broken {
        // No good build yet: every page is the list of problems.
        let page = error_page(state);
        let policy = [("Content-Security-Policy", OWN_POLICY)];
        return respond(stream, 503, "text/html; charset=utf-8", page.as_bytes(), head, &policy);
    }
    let Some(rel) = resolve(path) else {
        return not_found(stream, state, &files, generation, head);
    };
    // The editors' form loads its CMS from elsewhere under its own policy, in the page,
    // and keeps what an editor typed: no reload when the content changes.
    let own_policy = rel.starts_with("admin/");
    let policy = [
        ("Content-Security-Policy", SITE_POLICY),
        ("X-Content-Type-Options", "nosniff"),
    ];
    let policy = if own_policy { &policy[1..] } else { &policy[..] };
    match files.get(rel.as_str()) {
        Some(bytes) => {
            let kind = content_type(&rel);
            // The editors' form is never reloaded under an editor's hands.
            if kind.starts_with("text/html") && !own_policy {
                respond(
                    stream,
                    200,
                    kind,
                    &with_live_script(bytes, &state.words, generation),
                    head,
                    policy,
                )
            } else {
                respond(stream, 200, kind, bytes, head, policy)
            }
        }
        // A folder asked without its slash: send the browser to it, so relative links work.
        None if files.contains_key(format!("{rel}/index.html").as_str()) => {
            let location = format!("/{rel}/");
            respond(
                stream,
                301,
                "text/plain; charset=utf-8",
                b"",
                head,
                &[("Location", location.as_str())],
            )
        }
        None => not_found(stream, state, &files, generation, head),
    }
}

fn not_found(stream: &mut TcpStream, state: &State, files: &Files, generation: u64, head: bool) -> std::io::Result<()> {
    match files.get(paths::NOT_FOUND) {
        Some(page) => respond(
            stream,
            404,
            "text/html; charset=utf-8",
            &with_live_script(page, &state.words, generation),
            head,
            &[("Content-Security-Policy", SITE_POLICY)],
        ),
        None => respond(
            stream,
            404,
            "text/plain; charset=utf-8",
            state.words.not_found.as_bytes(),
            head,
            &[],
        ),
    }
}

/// The request line and headers, up to the empty line: at most [`MAX_HEAD`] bytes, all
/// of it before `deadline`, however slowly they come.
fn read_head(stream: &mut TcpStream, deadline: Instant) -> std::io::Result<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "request too slow"));
        }
        stream.set_read_timeout(Some(left))?;
        // Read no further than the head may go, so a body is never taken for it.
        let room = (MAX_HEAD - head.len()).min(buf.len());
        let n = stream.read(&mut buf[..room])?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
        if head.windows(4).any(|w| w == b"\r\n\r\n") || head.windows(2).any(|w| w == b"\n\n") {
            break;
        }
        if head.len() >= MAX_HEAD {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "request head too large",
            ));
        }
    }
    Ok(String::from_utf8_lossy(&head).into_owned())
}

/// Whether a `Host` header names this preview: `localhost`, `127.0.0.1` or `[::1]`, with
/// its port.
fn is_own_host(host: &str, port: u16) -> bool {
    let host = host.to_ascii_lowercase();
    ["localhost", "127.0.0.1", "[::1]"]
        .iter()
        .any(|name| host == format!("{name}:{port}"))
}

/// The file a request path names, or None when the path is not a plain path below the
/// site root: `..` and `.` segments, backslashes, NUL, bad percent-encoding and anything
/// not starting with `/` (absolute-form targets such as `http://host/x`) are refused.
fn resolve(path: &str) -> Option<String> {
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(path)?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let mut parts = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" => {}
            "." | ".." => return None,
            s => parts.push(s),
        }
    }
    let mut rel = parts.join("/");
    if decoded.ends_with('/') || rel.is_empty() {
        if !rel.is_empty() {
            rel.push('/');
        }
        rel.push_str("index.html");
    }
    Some(rel)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("xml") => "application/xml",
        Some("pdf") => "application/pdf",
        Some("zip") => "application/zip",
        Some("csv") => "text/csv; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("yml" | "yaml") => "text/yaml; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The page with the preview's live-reload script, which the built site never has; the
/// script's words are its attributes.
/// `html` with the live-reload script, which knows the rebuild (`generation`) the page is
/// of: a page that connects after a later rebuild was announced loads again.
fn with_live_script(html: &[u8], words: &Words, generation: u64) -> Vec<u8> {
    let tag = live_script(words, Some(generation));
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{tag}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

fn live_script(words: &Words, generation: Option<u64>) -> String {
    let generation = generation
        .map(|g| format!(" data-generation=\"{g}\""))
        .unwrap_or_default();
    format!(
        "<script src=\"{PREFIX}live.js\" data-title=\"{}\" data-hide=\"{}\"{generation}></script>\n",
        text::escape_html(&words.overlay_title),
        text::escape_html(&words.overlay_hide)
    )
}

fn error_page(state: &State) -> String {
    let errors = state.served.read().ok().and_then(|s| s.errors.clone());
    let words = &state.words;
    let body = match errors {
        Some(e) => format!("<pre>{}</pre>", text::escape_html(&e)),
        None => format!("<p class=\"ok\">{}</p>", text::escape_html(&words.no_errors)),
    };
    ERROR_PAGE
        .replace("{{lang}}", words.lang)
        .replace("{{title}}", &text::escape_html(&words.page_title))
        .replace("{{refreshes}}", &text::escape_html(&words.refreshes))
        .replace("{{script}}", &live_script(words, None))
        .replace("{{errors}}", &body)
}

fn events(mut stream: TcpStream, state: &State) -> std::io::Result<()> {
    let rx = state.hub.subscribe();
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n",
    )?;
    // Tell a page that (re)connects about problems at once.
    let (generation, errors) = match state.served.read() {
        Ok(s) => (s.generation, s.errors.clone()),
        Err(_) => (0, None),
    };
    let mut hello = sse_event("hello", &generation.to_string());
    if let Some(e) = errors {
        hello.push_str(&sse_event("errors", &e));
    }
    stream.write_all(hello.as_bytes())?;
    stream.flush()?;
    loop {
        match rx.recv_timeout(Duration::from_secs(15)) {
            Ok(message) => stream.write_all(message.as_bytes())?,
            // A comment keeps the connection open and finds closed ones.
            Err(mpsc::RecvTimeoutError::Timeout) => stream.write_all(b": ping\n\n")?,
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        }
        stream.flush()?;
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    head: bool,
    extra: &[(&str, &str)],
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        301 => "Moved Permanently",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        404 => "Not Found",
        405 => "Method Not Allowed",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    };
    let mut head_text = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in extra {
        head_text.push_str(&format!("{k}: {v}\r\n"));
    }
    head_text.push_str("\r\n");
    stream.write_all(head_text.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_resolve() {
        assert_eq!(resolve("/").as_deref(), Some("index.html"));
        assert_eq!(resolve("/aanbieders/").as_deref(), Some("aanbieders/index.html"));
        assert_eq!(
            resolve("/aanbieders/x/index.html").as_deref(),
            Some("aanbieders/x/index.html")
        );
        assert_eq!(resolve("/zoeken/index.html").as_deref(), Some("zoeken/index.html"));
        assert_eq!(resolve("/caf%C3%A9/").as_deref(), Some("café/index.html"));
        assert_eq!(
            resolve("//etc/passwd").as_deref(),
            Some("etc/passwd"),
            "only ever looked up in the site"
        );
    }

    #[test]
    fn escapes_are_refused() {
        for p in [
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E%2Fsite.yaml",
            "/aanbieders/..%2f..%2fsite.yaml",
            "/./index.html",
            "/a%5c..%5csite.yaml",
            "/%00",
            "/%zz",
            "http://example.org/etc/passwd",
            "etc/passwd",
            "",
        ] {
            assert_eq!(resolve(p), None, "{p}");
        }
    }

    #[test]
    fn only_its_own_names_are_answered() {
        for ok in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080"] {
            assert!(is_own_host(ok, 8080), "{ok}");
        }
        for bad in [
            "evil.example:8080",
            "127.0.0.1:8081",
            "127.0.0.1",
            "localhost",
            "127.0.0.1.evil.example:8080",
            "",
        ] {
            assert!(!is_own_host(bad, 8080), "{bad}");
        }
    }

    #[test]
    fn the_live_script_goes_before_the_end_of_body_with_its_words() {
        let words = Words::new(Language::default());
        let out = String::from_utf8(with_live_script(b"<html><body><p>x</p></body></html>", &words, 7)).unwrap();
        assert!(
            out.ends_with("data-hide=\"Verbergen\" data-generation=\"7\"></script>\n</body></html>"),
            "{out}"
        );
        assert!(
            out.contains("<script src=\"/__steunwijzer/live.js\" data-title=\"Fout in de inhoud"),
            "{out}"
        );
        let english = String::from_utf8(with_live_script(b"<p>x</p>", &Words::new(Language::english()), 1)).unwrap();
        assert!(english.contains("data-hide=\"Hide\""), "{english}");
    }
}
