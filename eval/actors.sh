#!/usr/bin/env bash
# Actor resolution on the PLOVER gold-standard records: country accuracy and
# full-code accuracy with detente's dictionaries (and, for comparison, with
# the public Phoenix dictionaries alone and with both). Figures go to
# docs/actors.md.
#   eval/actors.sh [path/to/detente] [eval-actors options: --errors N, --syntax-model none]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/release/detente}"
shift || true
gold="$here/../shared/data/eventdata/plover/PLOVER_GSR_CAMEO.json"
phx="$here/../shared/data/eventdata/phoenix"
if [[ ! -x "$bin" ]]; then echo "eval/actors.sh: no detente binary at $bin (build first, or pass its path)" >&2; exit 2; fi
if [[ ! -f "$gold" ]]; then echo "eval/actors.sh: no gold file at $gold" >&2; exit 2; fi
phoenix=(--actors "$phx/Phoenix.Countries.actors.txt" --actors "$phx/Phoenix.International.actors.txt"
         --actors "$phx/Phoenix.MilNonState.actors.txt" --actors "$phx/Phoenix.agents.txt")
echo "== detente dictionaries (data/actors)"
"$bin" eval-actors "$gold" "$@"
echo
echo "== Phoenix dictionaries alone"
"$bin" eval-actors "$gold" --no-default-actors "${phoenix[@]}" "$@" 2>/dev/null
echo
echo "== detente + Phoenix"
"$bin" eval-actors "$gold" "${phoenix[@]}" "$@" 2>/dev/null
