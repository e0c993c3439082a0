#!/usr/bin/env bash
# bench/serve-wrk.sh — load benchmark of `detente serve` with wrk (Debian's
# wrk package): GET /api/dyad?a=USA&b=JPN&by=month on a warm database.
#
# Builds the database if it is missing (the Reuters-1987 USA-Japan demo file
# through `detente ingest`, or the stories in examples/ when the demo file is
# not there), starts `detente serve --port 0`, warms up, then runs
#   wrk -t2 -c32 -d15s --latency URL
# RUNS times (default 3) and a final run of bench/wrk/dyads.lua (a mix of
# dyads, periods and ranges). Prints requests/s, p50 and p99 latency and the
# non-2xx and socket errors of each run, then the median run. Exit status: 1
# if any request failed (non-2xx or socket errors), 2 on a setup error; the
# targets (>= 5,000 requests/s, p99 < 50 ms) are reported, not enforced,
# because the machine may be shared.
#
#   bench/serve-wrk.sh                         build/release/detente, /tmp db
#   DETENTE_BINARY=build/serve/detente DB=my.db RUNS=5 DURATION=30s bench/serve-wrk.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin=${DETENTE_BINARY:-$root/build/release/detente}
db=${DB:-${TMPDIR:-/tmp}/detente-serve-bench.db}
runs=${RUNS:-3}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-32}
wrk_threads=${WRK_THREADS:-2}
server_threads=${SERVER_THREADS:-$connections}
demo=${DEMO:-$root/../shared/data/news/demo_dyads/reuters1987_usa_japan.jsonl}
url_path='/api/dyad?a=USA&b=JPN&by=month'

command -v wrk >/dev/null || { echo "serve-wrk: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -x "$bin" ] || { echo "serve-wrk: no detente binary at $bin (set DETENTE_BINARY)" >&2; exit 2; }

if [ ! -f "$db" ]; then
  input=$demo
  [ -f "$input" ] || input=$root/examples
  echo "serve-wrk: building $db from $input"
  "$bin" ingest "$input" --db "$db" -q || [ $? -eq 1 ]  # 1: some documents rejected; still a database
fi

log=$(mktemp)
"$bin" serve --db "$db" --port 0 --threads "$server_threads" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
port=
for _ in $(seq 1 600); do  # the pipeline loads first: up to a minute on a busy machine
  port=$(sed -n 's|^detente serve: http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
  [ -n "$port" ] && break
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 2; }
  sleep 0.1
done
[ -n "$port" ] || { echo "serve-wrk: the server did not start" >&2; cat "$log" >&2; exit 2; }
base=http://127.0.0.1:$port
head -1 "$log"

# The answer must be a real series before it is timed.
body=$(curl -sf "$base$url_path") || { echo "serve-wrk: $url_path failed" >&2; exit 2; }
case "$body" in *'"periods":[{'*) ;; *) echo "serve-wrk: $url_path has no periods: $body" >&2; exit 2 ;; esac

wrk -t"$wrk_threads" -c"$connections" -d3s "$base$url_path" >/dev/null  # warm up

errors=0
results=()
# Prints "rps p50_ms p99_ms non2xx socket_errors" for one wrk output.
parse() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { non2xx = $5 }
    /Socket errors:/ { gsub(",", ""); sock = $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, non2xx + 0, sock + 0 }'
}
run() {  # run LABEL [wrk args...]
  local label=$1
  shift
  local out
  out=$(wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency "$@")
  local r
  r=$(parse <<<"$out")
  read -r rps p50 p99 non2xx sock <<<"$r"
  printf '%-10s %8s req/s   p50 %7s ms   p99 %7s ms   non-2xx %s   socket errors %s\n' "$label" "$rps" "$p50" "$p99" "$non2xx" "$sock"
  [ "$non2xx" -eq 0 ] && [ "$sock" -eq 0 ] || errors=1
  results+=("$r")
}
echo "wrk -t$wrk_threads -c$connections -d$duration --latency $base$url_path  (server: $server_threads threads)"
for i in $(seq 1 "$runs"); do run "run $i" "$base$url_path"; done
median=$(printf '%s\n' "${results[@]}" | sort -n -k1,1 | sed -n "$(((runs + 1) / 2))p")
read -r rps p50 p99 _ <<<"$median"
verdict=met
awk -v r="$rps" -v p="$p99" 'BEGIN { exit !(r >= 5000 && p < 50) }' || verdict="NOT met"
echo "median     $rps req/s   p50 $p50 ms   p99 $p99 ms   (target >= 5000 req/s, p99 < 50 ms: $verdict)"
run "mix" -s "$root/bench/wrk/dyads.lua" "$base"
[ $errors -eq 0 ] || { echo "serve-wrk: some requests failed" >&2; exit 1; }
