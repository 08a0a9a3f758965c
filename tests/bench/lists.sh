#!/bin/bash
# The list pages at scale (docs/benchmarks.md, "The A–Z list in pages"): builds a site
# with each binary in turn, rounds alternating, each into an empty folder after `sync` and
# a rest, and prints wall, user and system time, peak memory, how many A–Z pages there are,
# the largest, and the largest life domain's page. Usage:
#   BINS="/tmp/before /tmp/after" SITE=/tmp/q10k tests/bench/lists.sh [rounds]
# (SITE: e.g. `steunwijzer generate --providers 10000 --out /tmp/q10k` with print, kiosk,
# offline and open_data off in its site.yaml.)
set -e
: "${BINS:?two or more binaries}" "${SITE:?a site folder}"
rounds=${1:-3}
out=/tmp/bench-lists-out
for round in $(seq "$rounds"); do
  for b in $BINS; do
    rm -rf "$out"; sync; sleep "${PAUSE:-5}"
    /usr/bin/time -f "%e %U %S %M" -o /tmp/bench-lists-time "$b" build --root "$SITE" --output "$out" > /dev/null 2>&1
    read -r wall user sys peak < /tmp/bench-lists-time
    pages=$(ls "$out"/aanbieders/*.html | wc -l)
    largest=$(ls -S "$out"/aanbieders/*.html | head -1 | xargs stat -c %s)
    domain=$(ls -S "$out"/levensgebieden/*/index.html | head -1 | xargs stat -c %s)
    echo "round $round $b: ${wall} s wall, ${user} s user, ${sys} s system, ${peak} KB; A–Z pages $pages, largest $largest B; largest life domain $domain B"
  done
done
