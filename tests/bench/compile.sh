#!/bin/bash
# The README's first command from a fresh clone, against the same with `--release`
# (docs/benchmarks.md, "Compiling: the first command"): each clones the committed
# repository into an empty folder, compiles from nothing (the crates already downloaded)
# and builds the example; wall, user and system time of the whole command, and the
# build's own time from its last line. Run it on an idle machine:
#   tests/bench/compile.sh [profiles]      (default: "quick release")
set -e
repo=$(cd "$(dirname "$0")/../.." && pwd)
for profile in ${1:-quick release}; do
  dir=/tmp/bench-compile-$profile
  rm -rf "$dir"; git clone -q "$repo" "$dir"; sync; sleep 10
  ( cd "$dir" && /usr/bin/time -f "%e %U %S" -o /tmp/bench-compile-time cargo run --profile "$profile" --locked -- build > /tmp/bench-compile-$profile.log 2>&1 )
  read -r wall user sys < /tmp/bench-compile-time
  echo "$profile: ${wall} s wall, ${user} s user, ${sys} s system; $(tail -1 /tmp/bench-compile-$profile.log)"
done
