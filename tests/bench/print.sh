#!/bin/bash
# The printed editions at scale (docs/benchmarks.md, "Print: bounded documents"): the
# default build with print on and with print off, alternating, at 1,000 and 10,000
# providers. Usage: B=target/release/steunwijzer tests/bench/print.sh
# (makes /tmp/bench-print-1000 and /tmp/bench-print-10000 when they are missing).
set -e
B=${B:-target/release/steunwijzer}
export STEUNWIJZER_TODAY=2026-11-24
for n in 1000 10000; do
  d=/tmp/bench-print-$n
  [ -d $d ] || $B generate --providers $n --seed 3 --out $d > /dev/null
  [ -f $d/site.yaml.orig ] || cp $d/site.yaml $d/site.yaml.orig
  base=$(cat $d/site.yaml.orig)
  for round in 1 2; do
    for print in off on; do
      if [ $print = off ]; then printf '%s\nprint:\n  enabled: false\n' "$base" > $d/site.yaml; else printf '%s\n' "$base" > $d/site.yaml; fi
      rm -rf $d/public $d/search-index
      /usr/bin/time -f "%e s %M KB" -o /tmp/bench-print-time.txt $B build --root $d > /dev/null 2> /tmp/bench-print-err.txt || tail -3 /tmp/bench-print-err.txt
      pdfs=$(find $d/public/gids -name '*.pdf' 2> /dev/null | wc -l)
      biggest=$(for f in $(find $d/public/gids -name '*.pdf' 2> /dev/null); do pdfinfo $f 2> /dev/null | awk '/^Pages/{print $2}'; done | sort -n | tail -1)
      echo "$n providers, round $round, print $print: $(cat /tmp/bench-print-time.txt), $pdfs PDFs, the longest ${biggest:-0} pages"
    done
  done
  cp $d/site.yaml.orig $d/site.yaml
done
