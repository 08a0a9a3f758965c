//! `steunwijzer serve`: a live preview for editors. Builds the site in memory, serves it
//! on 127.0.0.1, rebuilds on every save and reloads open pages; content errors show on
//! top of the last good page. What happens is told to the caller as [`ServeEvent`]s.

mod http;
mod session;
mod watch;

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use http::{Hub, Served, State};
use session::Session;
use steunwijzer_core::date::Clock;
use steunwijzer_core::diagnostic::{Diagnostics, Language, Msg, os_error};
use steunwijzer_core::msg;
use watch::Change;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The port on 127.0.0.1 to try first.
    pub port: u16,
    /// Open the site in the default browser.
    pub open: bool,
    /// The language of the problems shown in the browser.
    pub language: Language,
    /// Reads the clock (and the environment that stands in for it) for each rebuild: the
    /// preview can run past midnight.
    pub clock: fn() -> Clock,
}

/// What the preview tells the person who started it.
#[derive(Debug)]
pub enum ServeEvent {
    /// The site was built again. `warnings` holds the first build's warnings (later
    /// builds have none, so the terminal is not flooded on every save).
    Rebuilt {
        /// Providers listed.
        providers: usize,
        /// How long the rebuild took.
        elapsed: Duration,
        /// Files added, changed or removed.
        changed: usize,
        /// The first build's warnings.
        warnings: Diagnostics,
    },
    /// A rebuild failed; the errors as the browser shows them.
    Failed {
        /// The errors, rendered for people.
        errors: String,
    },
    /// The server listens at `url`.
    Serving {
        /// The preview's address.
        url: String,
    },
    /// No browser could be opened.
    NoBrowser {
        /// The preview's address.
        url: String,
    },
}

/// Why the preview could not start.
#[derive(Debug)]
pub enum ServeError {
    /// No port from the one asked to 20 further could be used.
    Listen(u16, std::io::Error),
    /// The site's folders cannot be watched.
    Watch(PathBuf, notify::Error),
}

impl ServeError {
    /// What is wrong, in the command line's catalogues.
    pub fn message(&self) -> Msg {
        match self {
            ServeError::Listen(port, error) => msg!("serve-cannot-listen", port, error = os_error(error)),
            ServeError::Watch(root, error) => {
                let error = match &error.kind {
                    notify::ErrorKind::Io(e) => os_error(e),
                    notify::ErrorKind::PathNotFound => msg!("os-not-found"),
                    notify::ErrorKind::MaxFilesWatch => msg!("serve-too-many-files"),
                    _ => msg!("os-other"),
                };
                msg!("serve-cannot-watch", path = root.display(), error)
            }
        }
    }
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for ServeError {}

/// Runs until the process is stopped. Errors only when it cannot start.
pub fn serve(opts: &ServeOptions, on_event: &mut dyn FnMut(ServeEvent)) -> Result<(), ServeError> {
    let listener = http::bind(opts.port).map_err(|e| ServeError::Listen(opts.port, e))?;
    let port = listener
        .local_addr()
        .map_err(|e| ServeError::Listen(opts.port, e))?
        .port();
    let url = format!("http://127.0.0.1:{port}/");
    let mut watch = watch::start(&opts.root).map_err(|e| ServeError::Watch(opts.root.clone(), e))?;
    let state = Arc::new(State {
        served: RwLock::new(Served::default()),
        hub: Hub::default(),
        requests: http::Slots::new(http::MAX_REQUESTS),
        streams: http::Slots::new(http::MAX_STREAMS),
        idle: http::Idle::default(),
        port,
        words: http::Words::new(opts.language),
    });
    let mut session = Session::new(opts.root.clone(), url.clone(), opts.clock);
    let changed = watch.changed();
    session.stop_on(changed.clone());
    rebuild(&mut session, &state, Change::Other, opts.language, on_event);
    {
        let state = state.clone();
        std::thread::spawn(move || http::run(&listener, &state));
    }
    on_event(ServeEvent::Serving { url: url.clone() });
    if opts.open && !open_browser(&url) {
        on_event(ServeEvent::NoBrowser { url });
    }
    let (quiet, max) = (Duration::from_millis(20), Duration::from_millis(300));
    let mut next = watch.next(quiet, max);
    while let Some(touched) = next {
        rebuild(&mut session, &state, touched.change(), opts.language, on_event);
        // The edited page is served; its search (or after a template, the kiosk's
        // pages) follows, unless another save came meanwhile: that one is served first,
        // and what is behind follows the last.
        next = watch.pending(quiet, max);
        if next.is_none() {
            // A save from now on stops the kiosk's catch-up: the save is served first.
            changed.store(false, std::sync::atomic::Ordering::Relaxed);
            match session.catch_up() {
                Some(Ok(built)) => {
                    publish(&state, built.files, built.reload.event());
                }
                Some(Err(diags)) => failed(&state, &diags, opts.language, on_event),
                None => {}
            }
            next = watch.next(quiet, max);
        }
    }
    Ok(())
}

fn rebuild(session: &mut Session, state: &State, change: Change, lang: Language, on_event: &mut dyn FnMut(ServeEvent)) {
    match session.rebuild(change) {
        Ok(built) => {
            let Some(generation) = publish(state, built.files, built.reload.event()) else {
                return;
            };
            on_event(ServeEvent::Rebuilt {
                providers: built.providers,
                elapsed: built.elapsed,
                changed: built.changed,
                warnings: if generation == 1 {
                    built.warnings
                } else {
                    Diagnostics::new()
                },
            });
        }
        Err(diags) => failed(state, &diags, lang, on_event),
    }
}

/// Serves `files` from now on and tells the open pages with `event` which of them load
/// again (`session::Reload`). Returns the new generation.
fn publish(state: &State, files: Arc<session::Files>, event: &str) -> Option<u64> {
    let generation = match state.served.write() {
        Ok(mut s) => {
            s.files = files;
            s.errors = None;
            s.generation += 1;
            s.generation
        }
        Err(_) => return None,
    };
    state.hub.send(event, &generation.to_string());
    Some(generation)
}

/// Shows the errors of a failed rebuild on every open page and in the terminal.
fn failed(state: &State, diags: &Diagnostics, lang: Language, on_event: &mut dyn FnMut(ServeEvent)) {
    let text = diags.errors().render(lang);
    if let Ok(mut s) = state.served.write() {
        s.errors = Some(text.clone());
    }
    state.hub.send("errors", &text);
    on_event(ServeEvent::Failed { errors: text });
}

/// Opens `url` in the default browser; false when that failed.
fn open_browser(url: &str) -> bool {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(command).arg(url).spawn().is_ok()
}
