#!/usr/bin/env bash
# Runs every test of steunwijzer on a fresh machine: formatting, lints, the Rust unit and
# integration tests, and the real-browser tests in headless Chromium. Installs what it
# needs (Debian's chromium, the npm test tools from the committed lock file) first.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# chromium for the browser tests; wdutch (a Dutch word list) for the analyser parity test;
# a Java runtime for the Nu HTML Checker (vnu.jar); poppler-utils (pdftotext, pdfinfo,
# pdffonts, pdftoppm) and zbar-tools (zbarimg) for the printed guide's and the kiosk
# slip's tests; unzip to unpack the offline copy as a library does.
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-dejavu-core fonts-liberation)
[ -f /usr/share/dict/dutch ] || need+=(wdutch)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  step "installing ${need[*]} (Debian packages)"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --locked --workspace --all-targets -- -D warnings

step "without printing: the binary built without the cargo feature print makes the site and says so"
cargo test --locked --no-default-features --test cli without_printing

step "cargo test (unit and integration tests)"
cargo test --locked --workspace -- --skip search_eval

step "the search's evaluation set (tests/eval/search.yaml): top-1 and top-5 rates, floors"
cargo test --locked --test cli search_eval -- --nocapture

step "browser test tools (npm ci)"
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)

step "browser tests and the accessibility harness (headless Chromium)"
export STEUNWIJZER_BIN="$PWD/target/debug/steunwijzer"
(cd tests/browser && node --test --test-concurrency=1 --test-reporter=spec)
# The smoke run checks that the benchmark works, with the test build (its dependencies are
# optimised, see Cargo.toml): no second, release compile. Its figures are not the
# benchmark's; docs/benchmarks.md is made with a release build.
step "national benchmark, smoke run at 300 providers (test build; figures only, never fails on a timing)"
(cd tests/bench && node national.mjs --smoke)

echo
echo "all tests passed (harness report: tests/browser/artifacts/harness/report.txt; screenshots for people: bash tests/look/screenshots.sh)"
