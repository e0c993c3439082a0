#!/bin/sh
# Event-coding evaluations (figures in docs/events.md). Usage:
#   eval/events.sh [path/to/detente]      (default: build/release/detente)
# Each evaluation prints its failures and a summary line; see
# `detente eval-events --help` for what is measured.
set -u
bin=${1:-build/release/detente}
status=0
for set in petrarch plover yonhap; do
  echo "== eval-events $set"
  out=$("$bin" eval-events "$set") || status=1
  printf '%s\n' "$out" | tail -n 40
done
exit $status
