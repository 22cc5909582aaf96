#!/bin/sh
# HTTP decision throughput: a fresh workspace, `lexecon-cli serve`, wrk with 32 connections.
# Usage: tests/bench/http-bench.sh BUILD_DIR [CONNECTIONS] [SECONDS] [THREADS]
# Prints wrk's report and, last, one JSON line with the figures (see wrk-decisions.lua).
set -eu
build=${1:?give the build dir, e.g. build-rel}
connections=${2:-32}
seconds=${3:-10}
threads=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)
cli="$build/app/lexecon-cli"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
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
LEXECON_API_KEY="$key" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/wrk-decisions.lua" "$url"
"$cli" --data-dir "$data" ledger verify > /dev/null && echo "ledger verifies" >&2
