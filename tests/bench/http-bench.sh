#!/bin/sh
# HTTP decision throughput: a fresh workspace, `lexecon-cli serve`, wrk with 32 connections.
# Usage: tests/bench/http-bench.sh BUILD_DIR [CONNECTIONS] [SECONDS] [THREADS]
# Prints wrk's report, its JSON line with the figures (see wrk-decisions.lua), one JSON line with
# the server's CPU time during the run (user + system, from /proc) per request and, last, one with
# the ledger writer's group commit during the run (from /metrics).
# HTTP_BENCH_PROFILE="perf record -F 2000 -g -o /tmp/x.data" (or "strace -c -f -o /tmp/x.txt")
# attaches that command to the server (-p PID) for the run.
set -eu
build=${1:?give the build dir, e.g. build-rel}
connections=${2:-32}
seconds=${3:-10}
threads=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)
cli="$build/app/lexecon-cli"
work=$(mktemp -d)
profiler=""
trap 'kill "$server" 2>/dev/null || true; [ -z "$profiler" ] || kill -INT "$profiler" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
export LEXECON_SECRET_FILE="$work/secret"
printf 'http bench secret\n' > "$LEXECON_SECRET_FILE"
chmod 600 "$LEXECON_SECRET_FILE"
data="$work/data"
"$cli" --data-dir "$data" init > /dev/null
"$cli" --data-dir "$data" policy load "$here/../../resources/policies/minimal.json" > /dev/null
key=$("$cli" --data-dir "$data" apikey create bench --rate 100000 | sed -n 's/.*"key": *"\([^"]*\)".*/\1/p')
[ -n "$key" ] || { echo "could not create an API key" >&2; exit 1; }
"$cli" --data-dir "$data" serve --listen 127.0.0.1:0 --log-level warning > "$work/serve.out" 2> "$work/serve.err" &
server=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/.*"listening": *"\([^"]*\)".*/\1/p' "$work/serve.out")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/serve.err" >&2; exit 1; }
# utime + stime of the server in clock ticks (fields 14 and 15; the name in field 2 has no spaces).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
if [ -n "${HTTP_BENCH_PROFILE:-}" ]; then
    $HTTP_BENCH_PROFILE -p "$server" > "$work/profile.out" 2>&1 &
    profiler=$!
    sleep 1
fi
# The ledger's group-commit counters from /metrics, as "appends commits fsyncs fsync_seconds wal_frames".
ledger_counters() {
    curl -s "$url/metrics" | awk '
        $1 == "lexecon_ledger_appends_total" { a = $2 } $1 == "lexecon_ledger_commits_total" { c = $2 }
        $1 == "lexecon_ledger_fsyncs_total" { f = $2 } $1 == "lexecon_ledger_fsync_seconds_total" { s = $2 }
        $1 == "lexecon_ledger_wal_frames_total" { w = $2 } END { print a + 0, c + 0, f + 0, s + 0, w + 0 }'
}
ledger_before=$(ledger_counters)
before=$(cpu_ticks)
LEXECON_API_KEY="$key" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/wrk-decisions.lua" "$url" \
    | tee "$work/wrk.out"
after=$(cpu_ticks)
ledger_after=$(ledger_counters)
if [ -n "$profiler" ]; then
    kill -INT "$profiler" 2>/dev/null || true
    wait "$profiler" 2>/dev/null || true
    profiler=""
fi
requests=$(sed -n 's/.*"requests": *\([0-9]*\),.*/\1/p' "$work/wrk.out" | tail -n 1)
hz=$(getconf CLK_TCK)
awk -v t="$((after - before))" -v hz="$hz" -v n="${requests:-0}" 'BEGIN {
    printf "{\"server_cpu_s\": %.2f, \"server_cpu_us_per_request\": %.1f}\n", t / hz, (n > 0 ? t / hz * 1e6 / n : 0) }'
# The ledger writer during the run: decisions per commit, a sync's mean time, WAL written per decision.
echo "$ledger_before $ledger_after" | awk '{
    a = $6 - $1; c = $7 - $2; f = $8 - $3; s = $9 - $4; w = $10 - $5
    printf "{\"ledger_commits\": %d, \"decisions_per_commit\": %.1f, \"fsync_us\": %.0f, \"wal_kib_per_decision\": %.1f}\n",
        c, (c > 0 ? a / c : 0), (f > 0 ? s * 1e6 / f : 0), (a > 0 ? w * 4 / a : 0) }'
"$cli" --data-dir "$data" ledger verify > /dev/null && echo "ledger verifies" >&2
