//! `steunwijzer serve`: a live preview for editors. Builds the site in memory, serves it
//! on 127.0.0.1, rebuilds on every save and reloads open pages; content errors show in
//! the terminal and on top of the last good page.

mod http;
mod session;
mod watch;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

pub use http::resolve;
use http::{Hub, Served, State};
use session::Session;

pub struct Options {
    pub root: PathBuf,
    pub port: u16,
    pub open: bool,
}

/// Runs until the process is stopped. Errors only when it cannot start.
pub fn run(opts: Options) -> Result<(), String> {
    let listener = http::bind(opts.port).map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", opts.port))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let url = format!("http://127.0.0.1:{port}/");
    let mut watch = watch::start(&opts.root).map_err(|e| format!("cannot watch {}: {e}", opts.root.display()))?;
    let state = Arc::new(State {
        served: RwLock::new(Served::default()),
        hub: Hub::default(),
    });
    let mut session = Session::new(opts.root.clone(), url.clone());
    rebuild(&mut session, &state, false);
    {
        let state = state.clone();
        std::thread::spawn(move || http::run(listener, state));
    }
    println!("serving {} at {url} (Ctrl+C to stop)", shown(&opts.root));
    if opts.open {
        open_browser(&url);
    }
    while let Some(touched) = watch.next(Duration::from_millis(20), Duration::from_millis(300)) {
        rebuild(&mut session, &state, !touched.other);
    }
    Ok(())
}

fn shown(root: &Path) -> String {
    if root == Path::new(".") {
        "the site".to_string()
    } else {
        root.display().to_string()
    }
}

fn rebuild(session: &mut Session, state: &State, only_providers: bool) {
    match session.rebuild(only_providers) {
        Ok(built) => {
            let generation = match state.served.write() {
                Ok(mut s) => {
                    s.files = built.files;
                    s.errors = None;
                    s.generation += 1;
                    s.generation
                }
                Err(_) => return,
            };
            state.hub.send("reload", &generation.to_string());
            if !built.warnings.is_empty() && generation == 1 {
                eprint!("{}", built.warnings.render());
            }
            println!(
                "built {} providers in {} ms ({} files changed)",
                built.providers,
                built.elapsed.as_millis(),
                built.changed
            );
        }
        Err(diags) => {
            let text = diags.render_errors();
            eprint!("{text}");
            eprintln!("the preview keeps showing the last good version");
            if let Ok(mut s) = state.served.write() {
                s.errors = Some(text.clone());
            }
            state.hub.send("errors", &text);
        }
    }
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command).arg(url).spawn().is_err() {
        eprintln!("could not open a browser; open {url} yourself");
    }
}
