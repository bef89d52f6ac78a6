#!/usr/bin/env bash
# Counts the instructions the tagger executes over the development corpus's 256 texts: the work
# inside `TaggingRun.run` (tokenizing, matching, resolving), without start-up, reading or output.
# Unlike a timing, the count is the same on a busy machine and an idle one, so it shows what a
# change to the tagger costs or saves; chronicle-bench gives the speed in MB/s.
#
# Usage: scripts/count-tagger-instructions.sh [CORPUS_DOCS_FOLDER]
#   Default folder: ../shared/corpus/tbaq/docs (plain texts). Needs valgrind (Debian: valgrind).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
docs="${1:-$root/../shared/corpus/tbaq/docs}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
swift build -c release --product chronicle >/dev/null
# valgrind 3.19 cannot read the DWARF 5 debug information; the symbol table is enough.
strip --strip-debug -o "$work/chronicle" .build/release/chronicle
symbol="$(nm "$work/chronicle" | awk '/TaggingRunV3run.*F$/ { print $3 }' | head -n 1)"
valgrind --tool=callgrind --toggle-collect="$symbol" --callgrind-out-file="$work/callgrind.out" \
    "$work/chronicle" tag --date 1998-01-01 "$docs"/*.txt >/dev/null 2>"$work/valgrind.log"
bytes="$(cat "$docs"/*.txt | wc -c)"
instructions="$(awk '/Collected :/ { print $4 }' "$work/valgrind.log")"
echo "TaggingRun.run: $instructions instructions over $bytes bytes of $(ls "$docs"/*.txt | wc -l) texts"
