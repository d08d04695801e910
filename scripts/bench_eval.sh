#!/usr/bin/env bash
# EVALSHA throughput: our release redis-fn-server against a real redis-server, same run,
# same machine, each on a free loopback port.
#
# Three scripts are loaded with SCRIPT LOAD, then redis-benchmark runs `EVALSHA <sha> ...`:
#   trivial : return 1                                       (EVALSHA sha 0)
#   incr10  : ten redis.call('INCR', KEYS[1])                 (EVALSHA sha 1 k)
#   loop1k  : a 1,000-iteration string/table loop             (EVALSHA sha 0)
# redis-benchmark uses -P 16 (pipelining): with one request per round trip both servers are
# bound by the loopback syscalls and the numbers say little about script execution; with
# 16 requests in flight the per-script cost dominates. -c 50 (the default) clients.
#
# Usage: scripts/bench_eval.sh [-n REQUESTS] [-P PIPELINE]   (defaults 100000, 16; the
# loop1k case uses REQUESTS/5). Prints ops/s for both servers and ours/real.
# The machine's load matters: both servers run in the same conditions, compare the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
N=100000
P=16
while [ $# -gt 0 ]; do
    case "$1" in
        -n) N=$2; shift 2 ;;
        -P) P=$2; shift 2 ;;
        *) echo "usage: $0 [-n REQUESTS] [-P PIPELINE]"; exit 2 ;;
    esac
done
for t in redis-server redis-benchmark redis-cli; do
    command -v $t >/dev/null || { echo "error: $t not installed (apt-get install redis-tools redis-server)"; exit 2; }
done
# $REDIS_FN_SERVER: benchmark that binary instead of building the release server.
if [ -n "${REDIS_FN_SERVER:-}" ]; then
    SERVER=$REDIS_FN_SERVER
else
    cargo build --release --quiet -p native --bin redis-fn-server
    SERVER="${CARGO_TARGET_DIR:-target}/release/redis-fn-server"
fi

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
wait_port() {
    for _ in $(seq 100); do redis-cli -p "$1" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
    return 1
}

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

OURS=$(free_port)
"$SERVER" --port "$OURS" >/dev/null 2>&1 &
PIDS+=($!)
REAL=$(free_port)
redis-server --port "$REAL" --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 &
PIDS+=($!)
wait_port "$OURS" || { echo "error: our server did not start"; exit 2; }
wait_port "$REAL" || { echo "error: redis-server did not start"; exit 2; }

TRIVIAL="return 1"
INCR10="for i = 1, 10 do redis.call('INCR', KEYS[1]) end return 1"
LOOP1K="local t = {} for i = 1, 1000 do t[#t + 1] = tostring(i) .. 'x' end local s = table.concat(t) return #s"

# ops PORT N ARGS... : requests per second reported by redis-benchmark.
ops() {
    local port=$1 n=$2
    shift 2
    redis-benchmark -p "$port" -n "$n" -P "$P" -q "$@" 2>/dev/null | tr '\r' '\n' \
        | grep -o '[0-9.]* requests per second' | tail -1 | cut -d' ' -f1
}

printf '%-8s %14s %14s %8s   (redis-benchmark -n %s -P %s)\n' case "ours ops/s" "real ops/s" ratio "$N" "$P"
for c in trivial incr10 loop1k; do
    case $c in
        trivial) src=$TRIVIAL; keys=(0); n=$N ;;
        incr10) src=$INCR10; keys=(1 k); n=$N ;;
        loop1k) src=$LOOP1K; keys=(0); n=$((N / 5)) ;;
    esac
    so=$(redis-cli -p "$OURS" SCRIPT LOAD "$src")
    sr=$(redis-cli -p "$REAL" SCRIPT LOAD "$src")
    [ "$so" = "$sr" ] || { echo "error: SHA differs: $so vs $sr"; exit 1; }
    # Sanity: both give the same result.
    a=$(redis-cli -p "$OURS" EVALSHA "$so" "${keys[@]}")
    b=$(redis-cli -p "$REAL" EVALSHA "$sr" "${keys[@]}")
    [ "$a" = "$b" ] || { echo "error: results differ for $c: '$a' vs '$b'"; exit 1; }
    o=$(ops "$OURS" "$n" EVALSHA "$so" "${keys[@]}")
    r=$(ops "$REAL" "$n" EVALSHA "$sr" "${keys[@]}")
    ratio=$(python3 -c "print(f'{float(\"$o\") / float(\"$r\"):.2f}')" 2>/dev/null || echo "?")
    printf '%-8s %14s %14s %8s\n' "$c" "$o" "$r" "$ratio"
done
