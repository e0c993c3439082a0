#!/usr/bin/env bash
# Toponym resolution on the TR-News and GeoVirus gold sets
# (../shared/data/geo-eval): accuracy within 161 km and country accuracy,
# with the default gazetteer (GeoNames cities >= 1,000 people from the npm
# package scripts/bootstrap installs) and, if it is there, with the GeoNames
# cities15000 dump in ../shared for comparison. Figures go to docs/geo.md.
#   eval/geo.sh [path/to/detente] [--errors N] [--breakdown] [--detect] [--split even|odd]
# --breakdown counts the misses by cause; --split scores every other article
# (resolver changes are made looking at the even half; the odd half is held out).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/release/detente}"
shift || true
gold="$here/../shared/data/geo-eval"
dump="$here/../shared/data/geo/cities15000.txt"
if [[ ! -x "$bin" ]]; then echo "eval/geo.sh: no detente binary at $bin (build first, or pass its path)" >&2; exit 2; fi
if [[ ! -f "$gold/TR-News.xml" ]]; then echo "eval/geo.sh: no gold sets under $gold" >&2; exit 2; fi
echo "== default gazetteer"
"$bin" eval-geo "$gold/TR-News.xml" "$gold/GeoVirus.xml" "$@"
if [[ -f "$dump" ]]; then
  echo
  echo "== GeoNames dump $dump (read in place, not copied)"
  "$bin" eval-geo "$gold/TR-News.xml" "$gold/GeoVirus.xml" --gazetteer "$dump" "$@"
fi
