#!/bin/bash
# The default build at scale, cold and again (docs/benchmarks.md, "The default build,
# cold and again"): per size, the build with every edition off, the default build from
# nothing, the default build the next day with nothing changed, and the next day with one
# provider's summary changed. Usage: B=target/release/steunwijzer tests/bench/rebuild.sh [sizes]
# (makes /tmp/bench-rebuild-<n> when missing; `generate --seed 3`).
set -e
B=${B:-target/release/steunwijzer}
sizes=${1:-1000 10000}
timed() { # label, then the command
  local label=$1; shift
  /usr/bin/time -f "%e s %M KB" -o /tmp/bench-rebuild-time.txt "$@" > /dev/null 2> /tmp/bench-rebuild-err.txt || tail -3 /tmp/bench-rebuild-err.txt
  echo "$label: $(cat /tmp/bench-rebuild-time.txt)"
}
for n in $sizes; do
  d=/tmp/bench-rebuild-$n
  [ -d $d ] || $B generate --providers $n --seed 3 --out $d > /dev/null
  [ -f $d/site.yaml.orig ] || cp $d/site.yaml $d/site.yaml.orig
  off=/tmp/bench-rebuild-$n-off
  mkdir -p $off
  cp -r $d/content $off/ 2> /dev/null || true
  [ -d $d/themes ] && cp -r $d/themes $off/
  printf '%s\nprint:\n  enabled: false\nkiosk:\n  enabled: false\noffline:\n  enabled: false\nopen_data:\n  enabled: false\n' "$(cat $d/site.yaml.orig)" > $off/site.yaml
  rm -rf $d/public $d/search-index $off/public $off/search-index
  export STEUNWIJZER_TODAY=2026-11-24
  timed "$n providers, editions off" $B build --root $off
  timed "$n providers, default, from nothing" $B build --root $d
  pdfs=$(find $d/public/gids -name '*.pdf' | wc -l)
  export STEUNWIJZER_TODAY=2026-11-25
  timed "$n providers, default, next day, nothing changed" $B build --root $d
  f=$(ls $d/content/providers/*.md | head -1)
  sed -i '0,/^summary: /s/^summary: /summary: Nu ook op zaterdag. /' $f
  touch /tmp/bench-rebuild-mark
  timed "$n providers, default, next day, one provider changed ($(basename $f))" $B build --root $d
  again=$(find $d/public/gids -name '*.pdf' -newer /tmp/bench-rebuild-mark | wc -l)
  echo "$n providers: $pdfs PDFs; laid out again after the change: $again"
  timed "$n providers, editions off, again" $B build --root $off
done
