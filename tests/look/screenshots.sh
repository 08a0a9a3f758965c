#!/usr/bin/env bash
# Screenshots of the example's pages for people to look at (not a test: the browser tests
# check the same pages without taking them). Every page type at 320 and 1280 px, with 150 %
# text, in dark mode and in forced colours (the accessibility harness), the kiosk in
# portrait and landscape, into tests/browser/artifacts/ (ignored by git).
#   bash tests/look/screenshots.sh            # with target/debug/steunwijzer
#   STEUNWIJZER_BIN=path/to/steunwijzer bash tests/look/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export STEUNWIJZER_BIN=${STEUNWIJZER_BIN:-$PWD/target/debug/steunwijzer}
[ -x "$STEUNWIJZER_BIN" ] || cargo build --quiet
export STEUNWIJZER_SCREENSHOTS=1
cd tests/browser
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
node harness.mjs --no-lighthouse --report artifacts/harness >/dev/null
node --test --test-concurrency=1 --test-reporter=dot site.test.mjs kiosk.test.mjs >/dev/null
ls artifacts/harness/*.png artifacts/*.png artifacts/kiosk/*.png 2>/dev/null | wc -l | xargs echo "screenshots in tests/browser/artifacts/:"
