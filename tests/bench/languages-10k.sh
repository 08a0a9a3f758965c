#!/bin/bash
# Dutch-only vs six interface languages at 10,000 providers, alternating, two rounds
# (docs/benchmarks.md). Usage: steunwijzer generate --providers 10000 --seed 3 --out /tmp/g10k,
# then B=target/release/steunwijzer tests/bench/languages-10k.sh
set -e
B=${B:-target/release/steunwijzer}
base=$(cat /tmp/g10k/site.yaml)
export STEUNWIJZER_TODAY=2026-11-24
for variant in "noeditions" "kiosk"; do
  case $variant in
    noeditions) extra=$'print:\n  enabled: false\noffline:\n  enabled: false\nkiosk:\n  enabled: false\n' ;;
    kiosk) extra=$'print:\n  enabled: false\noffline:\n  enabled: false\nkiosk:\n  idle_seconds: 120\n' ;;
  esac
  for round in 1 2; do
    for langs in nl six; do
      if [ $langs = six ]; then l=$'languages_ui: [nl, en, tr, ar, pl, uk]\n'; else l=""; fi
      printf '%s\n%s%s' "$base" "$extra" "$l" > /tmp/g10k/site.yaml
      rm -rf /tmp/g10k/public /tmp/g10k/search-index
      /usr/bin/time -f "%e s %M KB" -o /tmp/t.txt $B build --root /tmp/g10k > /dev/null 2>/tmp/err.txt || { tail -3 /tmp/err.txt; }
      files=$(find /tmp/g10k/public -name '*.html' | wc -l); size=$(du -sm /tmp/g10k/public | cut -f1)
      echo "$variant round$round $langs: $(cat /tmp/t.txt) html=$files out=${size}MB"
    done
  done
done
printf '%s\n' "$base" > /tmp/g10k/site.yaml
