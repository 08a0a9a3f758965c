#!/usr/bin/env bash
# Page images of the example's printed guide, for people to look at (not a test: the tests
# in tests/cli/print.rs read the PDF back). Writes the cover, the contents, a chapter page
# and the last page as PNG to tests/browser/artifacts/print/ (ignored by git).
#   bash tests/look/print-pages.sh            # with target/debug/steunwijzer
#   STEUNWIJZER_BIN=path/to/steunwijzer bash tests/look/print-pages.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${STEUNWIJZER_BIN:-target/debug/steunwijzer}
[ -x "$bin" ] || cargo build --quiet
out=tests/browser/artifacts/print
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r content themes site.yaml "$tmp/"
STEUNWIJZER_TODAY=${STEUNWIJZER_TODAY:-2026-11-24} "$bin" build --root "$tmp" --output "$tmp/public" --lang en >/dev/null 2>"$tmp/log" || { cat "$tmp/log" >&2; exit 1; }
guide="$tmp/public/gids/haarlem-gids.pdf"
last=$(pdfinfo "$guide" 2>/dev/null | awk '/^Pages:/ {print $2}')
mkdir -p "$out"
for pair in cover:1 contents:2 chapter:7 "last:$last"; do
  name=${pair%%:*}
  page=${pair#*:}
  pdftoppm -r 70 -png -singlefile -f "$page" -l "$page" "$guide" "$out/$name" 2>/dev/null
  echo "$out/$name.png"
done
