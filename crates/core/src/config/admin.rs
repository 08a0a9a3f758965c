//! `admin:` in site.yaml: the editors' form (a git-based CMS, Decap or Sveltia) that the
//! build writes to `admin/`. It saves provider files through the forge (`github`,
//! `gitlab`), or on this computer through `npx decap-server` (`local`).

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Code, Diagnostics};
use crate::msg;
use crate::text::FILL_IN;
use crate::yaml::{Document, keys};

/// `admin:` as written.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAdmin {
    enabled: Option<bool>,
    backend: Option<String>,
    repo: Option<String>,
    branch: Option<String>,
    local_port: Option<u16>,
}

/// Where the form saves.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// The repository on GitHub; each change a pull request (draft → review → ready).
    Github,
    /// The repository on GitLab; each change a merge request.
    Gitlab,
    /// Only the repository on this computer, through `npx decap-server`.
    Local,
}

/// The editors' form's settings.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Admin {
    /// Where it saves.
    pub backend: Backend,
    /// `owner/name` on the forge; empty for `local`.
    pub repo: String,
    /// The branch the site is published from.
    pub branch: String,
    /// The port of `npx decap-server` on this computer (8081 unless given).
    pub local_port: u16,
}

/// The form's settings; None when site.yaml has no `admin:` or turns it off.
pub(super) fn admin(doc: &Document, raw: Option<RawAdmin>, out: &mut Diagnostics) -> Option<Admin> {
    let raw = raw?;
    if raw.enabled == Some(false) {
        return None;
    }
    let backend = match raw.backend.as_deref().unwrap_or("github") {
        "github" => Backend::Github,
        "gitlab" => Backend::Gitlab,
        "local" => Backend::Local,
        other => {
            out.push(
                doc.error(
                    Code::InvalidSetting,
                    doc.value_span(&keys(&["admin", "backend"])),
                    msg!("admin-unknown-backend", backend = other),
                )
                .with_hint(msg!("admin-backends")),
            );
            return None;
        }
    };
    let repo = raw.repo.unwrap_or_default().trim().to_string();
    let fits = repo.contains(FILL_IN) || repo.split('/').filter(|p| !p.trim().is_empty()).count() >= 2;
    if backend != Backend::Local && !fits {
        let at = match repo.is_empty() {
            true => doc.value_span(&keys(&["admin"])),
            false => doc.value_span(&keys(&["admin", "repo"])),
        };
        out.push(
            doc.error(Code::InvalidSetting, at, msg!("admin-repo-needed", repo))
                .with_hint(msg!("admin-repo-hint")),
        );
        return None;
    }
    Some(Admin {
        backend,
        repo,
        branch: raw
            .branch
            .filter(|b| !b.trim().is_empty())
            .unwrap_or_else(|| "main".into()),
        local_port: raw.local_port.unwrap_or(8081),
    })
}
