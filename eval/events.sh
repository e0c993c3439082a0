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
# PLOVER codes events without a target, and so does the GSR: the same
# evaluation with `--allow-no-target` (a secondary figure; the one above is
# detente's default, a dyad required)
echo "== eval-events plover --allow-no-target"
"$bin" eval-events plover --allow-no-target | tail -n 1
# precision on news detente was never tuned on: Reuters-21578 events judged by
# hand (eval/audit/*.tsv; eval/audit.py --help)
echo "== eval/audit.py (Reuters precision audit)"
python3 "$(dirname "$0")/audit.py" --bin "$bin" || status=1
exit $status
