//! `steunwijzer serve`: live reload over server-sent events, the error overlay, and a
//! server that answers only GET and HEAD for files of the site.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::support::*;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start(site: &Path, port: u16) -> Server {
    start_in(Path::new("."), site.to_str().unwrap(), port)
}

/// Starts serve in `cwd` with `--root root`, the root spelled as a user might.
fn start_in(cwd: &Path, root: &str, port: u16) -> Server {
    start_speaking(cwd, root, port, "en")
}

/// Starts serve with its messages in `lang`.
fn start_speaking(cwd: &Path, root: &str, port: u16, lang: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_steunwijzer"))
        .current_dir(cwd)
        .args(["serve", "--root", root, "--port", &port.to_string()])
        .env("STEUNWIJZER_TODAY", TODAY)
        .env("STEUNWIJZER_LANG", lang)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = loop {
        let l = lines.next().expect("serve ended early").unwrap();
        if l.contains(" http://127.0.0.1:") {
            break l;
        }
    };
    let url = line
        .split(" http://127.0.0.1:")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    let port: u16 = url.trim_end_matches('/').parse().unwrap();
    // Keep reading its output, so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, port }
}

/// A raw request, its `Host: x` made the preview's own address; returns (status,
/// headers, body).
fn request(port: u16, raw: &str) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(
        raw.replace("Host: x\r\n", &format!("Host: 127.0.0.1:{port}\r\n"))
            .as_bytes(),
    )
    .unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let split = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&all[..split]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head, all[split + 4..].to_vec())
}

fn get(port: u16, path: &str) -> (u16, String) {
    let (status, _, body) = request(port, &format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n"));
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// Server-sent events as (event, data) pairs, read on a thread.
fn events(port: u16) -> Receiver<(String, String)> {
    let (tx, rx) = channel();
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(format!("GET /__steunwijzer/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes())
        .unwrap();
    std::thread::spawn(move || {
        let reader = BufReader::new(s);
        let (mut event, mut data) = (String::new(), String::new());
        for line in reader.lines() {
            let Ok(line) = line else { return };
            if let Some(e) = line.strip_prefix("event: ") {
                event = e.to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                data.push_str(d);
                data.push('\n');
            } else if line.is_empty()
                && !event.is_empty()
                && tx
                    .send((std::mem::take(&mut event), std::mem::take(&mut data)))
                    .is_err()
            {
                return;
            }
        }
    });
    rx
}

/// The search export's entry file the search page names, and its text (served).
fn search_entry(port: u16) -> (String, String) {
    let (status, page) = get(port, "/zoeken/");
    assert_eq!(status, 200);
    let path = page
        .split("data-index=\"../")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the search page names its index")
        .to_string();
    let (status, entry) = get(port, &format!("/{path}"));
    assert_eq!(status, 200, "{path} is served");
    (path, entry)
}

fn wait_for(rx: &Receiver<(String, String)>, event: &str) -> String {
    wait_until(rx, event, "")
}

/// The event that serves the changed pages: `reload`, or `web` after a change of every
/// page (the kiosk's pages follow with `kiosk`).
fn wait_for_pages(rx: &Receiver<(String, String)>) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Ok((e, _)) = rx.recv_timeout(left)
            && (e == "reload" || e == "web")
        {
            return;
        }
    }
    panic!("no `reload` or `web` event within 20 s");
}

/// The first `event` whose data contains `text` (a save can come in several file events,
/// so an editor may briefly see a half-written file).
fn wait_until(rx: &Receiver<(String, String)>, event: &str, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Ok((e, data)) = rx.recv_timeout(left)
            && e == event
            && data.contains(text)
        {
            return data;
        }
    }
    panic!("no `{event}` event with {text:?} within 20 s");
}

#[test]
fn reloads_on_save_shows_errors_and_keeps_the_last_good_site() {
    let (_tmp, site) = good_site();
    let server = start(&site, free_port());
    let port = server.port;
    let rx = events(port);
    wait_for(&rx, "hello");

    let (status, page) = get(port, "/aanbieders/beta/");
    assert_eq!(status, 200);
    assert!(page.contains("koffie"));
    assert!(
        page.contains("<script src=\"/__steunwijzer/live.js\" data-title=\"Error in the content"),
        "live reload script injected"
    );

    // Save a change: a reload signal, then the new content.
    let beta = site.join("content/providers/beta.md");
    std::fs::write(&beta, std::fs::read_to_string(&beta).unwrap().replace("koffie", "thee")).unwrap();
    let before = search_entry(port);
    assert!(!before.1.contains(" th "), "no term of the search starts with th yet");
    wait_for_pages(&rx);
    let (_, page) = get(port, "/aanbieders/beta/");
    assert!(page.contains("thee") && !page.contains("koffie"), "new content served");
    // The page comes first; whichever search is served meanwhile is whole.
    let meanwhile = search_entry(port);
    assert!(meanwhile.1.starts_with("__sw("), "{}", meanwhile.1);
    // Then the search follows, and only pages that search are told.
    let generation = wait_for(&rx, "search");
    let (after, entry) = search_entry(port);
    // A page knows the rebuild it is of: one served before a rebuild it did not hear of
    // (it was loading) loads again when it connects (live.js).
    let (_, page) = get(port, "/aanbieders/beta/");
    assert!(
        page.contains(&format!("data-generation=\"{}\"", generation.trim())),
        "{generation}"
    );
    assert_ne!(after, before.0, "a new search export");
    assert!(entry.contains(" th "), "the new word is in the search: {entry}");

    // A broken file: the errors are sent and shown, the last good site stays.
    std::fs::write(
        site.join("content/providers/kapot.md"),
        "---\nname: Kapot\nsummary: x\n---\nTekst\n",
    )
    .unwrap();
    let errors = wait_until(&rx, "errors", "kapot.md:1:1: error: missing required key `kind`");
    assert!(!errors.contains(": warning:"), "only errors in the overlay: {errors}");
    let (status, overlay) = get(port, "/__steunwijzer/errors");
    assert_eq!(status, 200);
    assert!(
        overlay.contains("kapot.md:1:1: error: missing required key `kind`"),
        "{overlay}"
    );
    let (status, page) = get(port, "/aanbieders/beta/");
    assert_eq!(status, 200);
    assert!(page.contains("thee"), "the last good site is still served");
    assert_eq!(get(port, "/").0, 200);

    // Fixed: a reload, and no errors.
    std::fs::remove_file(site.join("content/providers/kapot.md")).unwrap();
    wait_for_pages(&rx);
    assert!(get(port, "/__steunwijzer/errors").1.contains("No errors"));

    // A change outside the providers (a free page) rebuilds too.
    let over = site.join("content/pages/over.md");
    std::fs::write(
        &over,
        std::fs::read_to_string(&over).unwrap().replace("testgids", "proefgids"),
    )
    .unwrap();
    wait_for_pages(&rx);
    assert!(get(port, "/over/").1.contains("proefgids"));
}

/// A Dutch site's preview says everything in Dutch: its log, its error page, the
/// overlay's words and its plain answers.
#[test]
fn a_dutch_preview_speaks_dutch() {
    let (_tmp, site) = good_site();
    std::fs::write(
        site.join("content/providers/kapot.md"),
        "---\nname: Kapot\n---\nTekst\n",
    )
    .unwrap();
    let server = start_speaking(Path::new("."), site.to_str().unwrap(), free_port(), "nl");
    let port = server.port;
    let (_, errors) = get(port, "/__steunwijzer/errors");
    assert!(
        errors.contains("<html lang=\"nl\">") && errors.contains("Fouten in de inhoud"),
        "{errors}"
    );
    assert!(errors.contains("data-hide=\"Verbergen\""), "{errors}");
    std::fs::remove_file(site.join("content/providers/kapot.md")).unwrap();
    let rx = events(port);
    wait_for_pages(&rx);
    let (_, page) = get(port, "/__steunwijzer/errors");
    assert!(page.contains("Geen fouten"), "{page}");
    let (status, _, body) = request(port, "POST / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 405);
    let answer = String::from_utf8_lossy(&body);
    assert!(answer.contains("alleen GET en HEAD"), "{answer}");
    for text in [errors.as_str(), page.as_str(), &answer] {
        assert!(english_lines(text).is_empty(), "{text}");
    }
}

#[test]
fn answers_get_and_head_only_and_never_outside_the_site() {
    let (tmp, site) = good_site();
    // A secret next to the site. (A link to it inside the site is refused when the site
    // is read: the hostile corpus's link cases.)
    std::fs::write(tmp.path().join("geheim.txt"), "GEHEIM").unwrap();
    let server = start(&site, free_port());
    let port = server.port;
    for path in [
        "/../geheim.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/geheim.txt",
        "/%2E%2E%2Fgeheim.txt",
        "/aanbieders/..%2f..%2fsite.yaml",
        "/assets/..%5c..%5csite.yaml",
        "/assets/geheim.txt",
        "//etc/passwd",
        "/site.yaml",
        "/content/providers/beta.md",
        "/%00",
    ] {
        let (status, body) = get(port, path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("GEHEIM") && !body.contains("root:"), "{path}");
    }
    let (status, _, body) = request(port, "GET http://127.0.0.1/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 404, "absolute-form target");
    assert!(!String::from_utf8_lossy(&body).contains("root:"));

    let (status, head, body) = request(port, "HEAD /aanbieders/beta/ HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 200);
    assert!(head.contains("Content-Length: ") && !head.contains("Content-Length: 0"));
    assert!(body.is_empty(), "HEAD has no body");
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let (status, head, _) = request(
            port,
            &format!("{method} / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"),
        );
        assert_eq!(status, 405, "{method}");
        assert!(head.contains("Allow: GET, HEAD"));
    }
    let (status, head, _) = request(port, "GET /aanbieders HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /aanbieders/"));
}

#[test]
fn takes_the_next_port_when_one_is_taken() {
    let (_tmp, site) = good_site();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let server = start(&site, port);
    assert_ne!(server.port, port);
    assert!(server.port > port && server.port <= port + 20);
    assert_eq!(get(server.port, "/").0, 200);
}

#[test]
fn a_site_with_errors_from_the_start_shows_them_until_fixed() {
    let (_tmp, site) = good_site();
    let beta = site.join("content/providers/beta.md");
    let good = std::fs::read_to_string(&beta).unwrap();
    std::fs::write(&beta, good.replace("kind: volunteer-organisation", "kind: zzz")).unwrap();
    let server = start(&site, free_port());
    let (status, page) = get(server.port, "/");
    assert_eq!(status, 503);
    assert!(
        page.contains("beta.md:4:7: error: `zzz` is not a valid value for `kind`"),
        "{page}"
    );
    let rx = events(server.port);
    wait_for(&rx, "hello");
    std::fs::write(&beta, good).unwrap();
    wait_for_pages(&rx);
    assert_eq!(get(server.port, "/").0, 200);
}

#[test]
fn a_templates_folder_made_while_serving_is_watched() {
    let (_tmp, site) = good_site();
    let server = start(&site, free_port());
    let rx = events(server.port);
    wait_for(&rx, "hello");
    std::fs::create_dir(site.join("templates")).unwrap();
    let page = site.join("templates/page.html");
    let template = |word: &str| {
        format!("{{% extends \"base.html\" %}}{{% block content %}}<h1>{word}</h1>{{% endblock content %}}")
    };
    std::fs::write(&page, template("EERSTE")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !get(server.port, "/over/").1.contains("EERSTE") {
        assert!(Instant::now() < deadline, "the new template was not used");
        std::thread::sleep(Duration::from_millis(50));
    }
    // An edit inside the new folder is seen too.
    std::fs::write(&page, template("TWEEDE")).unwrap();
    while !get(server.port, "/over/").1.contains("TWEEDE") {
        assert!(Instant::now() < deadline, "a change in the new folder was not seen");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The hostile requests of the corpus (`tests/fixtures/hostile/serve-requests.yaml`).
#[derive(serde::Deserialize)]
struct HostileRequest {
    about: String,
    request: String,
    status: u16,
}

#[test]
fn hostile_requests_of_the_corpus_get_their_answers() {
    let (tmp, site) = good_site();
    std::fs::write(tmp.path().join("geheim.txt"), "GEHEIM").unwrap();
    let text = std::fs::read_to_string(fixture("hostile/serve-requests.yaml")).unwrap();
    let cases: Vec<HostileRequest> = serde_yaml::from_str(&text).unwrap();
    assert!(cases.len() >= 10);
    let server = start(&site, free_port());
    for case in &cases {
        let (status, _, body) = request(server.port, &case.request);
        assert_eq!(status, case.status, "{}", case.about);
        let body = String::from_utf8_lossy(&body);
        assert!(!body.contains("GEHEIM") && !body.contains("root:x:"), "{}", case.about);
    }
    // Still serving after all of them.
    assert_eq!(get(server.port, "/").0, 200);
}

#[test]
fn a_head_over_16_kb_gets_431() {
    let (_tmp, site) = good_site();
    let server = start(&site, free_port());
    let raw = format!("GET / HTTP/1.1\r\nHost: x\r\nX-Long: {}\r\n\r\n", "A".repeat(20 * 1024));
    assert_eq!(request(server.port, &raw).0, 431);
    assert_eq!(get(server.port, "/").0, 200);
}

/// 40 connections that trickle their headers one byte every half second (slowloris) hold
/// every slot only until their head's deadline: a resident's page still loads. (No
/// timing is asserted: the page must come, however long the machine takes.)
#[test]
fn connections_that_trickle_their_headers_do_not_keep_pages_from_loading() {
    let (_tmp, site) = good_site();
    let server = start(&site, free_port());
    let port = server.port;
    let tricklers: Vec<_> = (0..40)
        .map(|_| {
            std::thread::spawn(move || {
                let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
                    return true;
                };
                let _ = s.write_all(b"GET / HTTP/1.1\r\nX-Slow: ");
                // Until the server closes the connection; give up (not cut) after 60 bytes.
                for _ in 0..60 {
                    if s.write_all(b"a").is_err() {
                        return true;
                    }
                    std::thread::sleep(Duration::from_millis(500));
                }
                false
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    let (status, body) = get(port, "/");
    assert_eq!(status, 200);
    assert!(body.contains("<html"), "the home page");
    let cut: Vec<bool> = tricklers.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(
        cut.iter().all(|c| *c),
        "every trickling connection was closed by the server: {cut:?}"
    );
}

/// Saves a change to a provider and waits for the reload that shows it.
fn edit_is_followed(port: u16, site: &Path, from: &str, to: &str) {
    let rx = events(port);
    wait_for(&rx, "hello");
    let beta = site.join("content/providers/beta.md");
    std::fs::write(&beta, std::fs::read_to_string(&beta).unwrap().replace(from, to)).unwrap();
    wait_for_pages(&rx);
    assert!(get(port, "/aanbieders/beta/").1.contains(to));
}

#[test]
fn follows_edits_through_a_symbolic_link_to_the_site() {
    let (tmp, site) = good_site();
    let link = tmp.path().join("link");
    std::os::unix::fs::symlink(&site, &link).unwrap();
    let server = start_in(tmp.path(), "link", free_port());
    edit_is_followed(server.port, &site, "koffie", "thee");
}

#[test]
fn follows_edits_through_a_linked_parent_folder() {
    let (tmp, _site) = good_site();
    let link = tmp.path().join("koppeling");
    std::os::unix::fs::symlink(tmp.path(), &link).unwrap();
    let server = start(&link.join("site"), free_port());
    edit_is_followed(server.port, &link.join("site"), "koffie", "thee");
}

#[test]
fn follows_edits_with_a_relative_root() {
    let (tmp, site) = good_site();
    let server = start_in(tmp.path(), "site", free_port());
    edit_is_followed(server.port, &site, "koffie", "thee");
}

#[test]
fn follows_edits_with_dots_in_the_root() {
    let (tmp, site) = good_site();
    std::fs::create_dir(tmp.path().join("elders")).unwrap();
    let server = start_in(&tmp.path().join("elders"), "../site/./", free_port());
    edit_is_followed(server.port, &site, "koffie", "thee");
}

/// How many threads the process has (Linux).
fn threads(pid: u32) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn many_idle_connections_and_pages_are_capped_and_a_page_still_loads() {
    let (_tmp, site) = good_site();
    let server = start(&site, free_port());
    let port = server.port;
    // 40 pages following the live reload: 32 streams, then 503.
    let mut streams = Vec::new();
    let mut refused = 0;
    for _ in 0..40 {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.write_all(format!("GET /__steunwijzer/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes())
            .unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let mut first = [0u8; 12];
        s.read_exact(&mut first).unwrap();
        if &first == b"HTTP/1.1 503" {
            refused += 1;
        }
        streams.push(s);
    }
    assert_eq!(refused, 8, "streams beyond 32 are refused");
    // 300 connections that never send a request.
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    // A resident's page still loads (the idle ones give their slots up after 3 s); the
    // limit below is for a machine under heavy load, not a speed requirement.
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let _ = tx.send(get(port, "/aanbieders/beta/"));
    });
    let (status, page) = rx.recv_timeout(Duration::from_secs(120)).expect("the page loads");
    assert_eq!(status, 200);
    assert!(page.contains("koffie"));
    let n = threads(server.child.id());
    assert!(
        n <= 32 + 32 + 16,
        "{n} threads for {} connections",
        idle.len() + streams.len()
    );
}

#[test]
fn a_stylesheet_saved_is_served_without_changing_a_page() {
    let (_tmp, site) = good_site();
    let server = start(&site, free_port());
    let port = server.port;
    let rx = events(port);
    wait_for(&rx, "hello");
    // The page, but for the live script's rebuild number.
    let page = || {
        let text = get(port, "/aanbieders/beta/").1;
        let (start, rest) = text.split_once("data-generation=\"").expect("the rebuild number");
        format!("{start}{}", rest.split_once('"').unwrap().1)
    };
    let before = page();
    // The preview names the stylesheet without a content hash: a save changes no page.
    assert!(before.contains("assets/style.css\""), "{before}");
    std::fs::create_dir_all(site.join("static/css")).unwrap();
    let css = site.join("static/css/90-huisstijl.css");
    std::fs::write(&css, ".huisstijl-een a { color: #1d4f91; }\n").unwrap();
    wait_for_pages(&rx);
    assert!(get(port, "/assets/style.css").1.contains("huisstijl-een"));
    // Every file of the site comes with the policy as a header: an SVG or a stylesheet
    // opened on its own has no meta element to carry it.
    let (status, head, _) = request(port, "GET /assets/style.css HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 200);
    assert!(
        head.contains("Content-Security-Policy: default-src 'none'") && head.contains("frame-ancestors 'none'"),
        "{head}"
    );
    assert!(head.contains("X-Content-Type-Options: nosniff"), "{head}");
    assert_eq!(page(), before, "the page is the same");
    std::fs::write(&css, ".huisstijl-twee a { color: #1d4f91; }\n").unwrap();
    wait_for_pages(&rx);
    let (_, style) = get(port, "/assets/style.css");
    assert!(style.contains("huisstijl-twee") && !style.contains("huisstijl-een"));
    // A static file removed is gone from the preview too.
    std::fs::write(site.join("static/extra.txt"), "x").unwrap();
    wait_for_pages(&rx);
    assert_eq!(get(port, "/assets/extra.txt").0, 200);
    std::fs::remove_file(site.join("static/extra.txt")).unwrap();
    wait_for_pages(&rx);
    assert_eq!(get(port, "/assets/extra.txt").0, 404);
    assert_eq!(page(), before);
}
