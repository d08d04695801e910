#!/usr/bin/env bash
# Benchmarks redis-fn-server (release build) against a real redis-server started here,
# with the same redis-benchmark run, and prints ops/s for both and the ratio.
#
#   scripts/bench.sh [-n REQUESTS] [-P PIPELINE] [-c CLIENTS] [-t TESTS] [-r ROUNDS]
set -euo pipefail

N=200000
PIPE=16
CLIENTS=50
ROUNDS=2
TESTS="set,get,incr,lpush,rpush,lpop,sadd,hset,zadd,lrange_100"
while getopts "n:P:c:t:r:" opt; do
  case "$opt" in
    n) N="$OPTARG" ;;
    P) PIPE="$OPTARG" ;;
    c) CLIENTS="$OPTARG" ;;
    t) TESTS="$OPTARG" ;;
    r) ROUNDS="$OPTARG" ;;
    *) echo "usage: $0 [-n N] [-P pipeline] [-c clients] [-t tests] [-r rounds]" >&2; exit 2 ;;
  esac
done

for tool in redis-server redis-benchmark; do
  command -v "$tool" >/dev/null || { echo "$tool not found (apt-get install redis-server redis-tools)" >&2; exit 1; }
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
cargo build --quiet --release -p native --bin redis-fn-server
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
SERVER="$TARGET_DIR/release/redis-fn-server"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
wait_port() {
  for _ in $(seq 1 100); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$1)).close()" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "port $1 did not open" >&2; return 1
}

OURS_PORT=$(free_port)
REDIS_PORT=$(free_port)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

"$SERVER" --port "$OURS_PORT" 2>/dev/null &
OURS_PID=$!
PIDS+=($OURS_PID)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 &
REDIS_PID=$!
PIDS+=($REDIS_PID)
wait_port "$OURS_PORT"
wait_port "$REDIS_PORT"

run() { # port -> "NAME<TAB>ops" lines
  redis-benchmark -p "$1" -t "$TESTS" -n "$N" -P "$PIPE" -c "$CLIENTS" -q 2>/dev/null \
    | tr '\r' '\n' | grep 'requests per second' \
    | sed -E 's/^([^:]+): ([0-9.]+) requests per second.*/\1\t\2/' || true
}

echo "redis-benchmark -t $TESTS -n $N -P $PIPE -c $CLIENTS (best of $ROUNDS, servers alternated per test)"
# Each test runs against both servers back to back (order alternating per round) so
# machine load affects both alike; the best of $ROUNDS runs is kept.
declare -A BEST_REDIS BEST_OURS CPU_REDIS CPU_OURS
# CPU time (ns) the server's main thread has used: unlike ops/s, this barely depends on
# how busy the machine is.
cpu_ns() { awk '{print $1}' "/proc/$1/schedstat" 2>/dev/null || echo 0; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print ((a == "" || b < a) ? b : a) }'; }
ORDER=()
best() { awk -v a="${1:-0}" -v b="$2" 'BEGIN { print (b > a ? b : a) }'; }
for t in ${TESTS//,/ }; do
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then ports="$REDIS_PORT $OURS_PORT"; else ports="$OURS_PORT $REDIS_PORT"; fi
    for port in $ports; do
      if [ "$port" = "$REDIS_PORT" ]; then pid=$REDIS_PID; else pid=$OURS_PID; fi
      before=$(cpu_ns "$pid")
      out=$(TESTS="$t" run "$port")
      after=$(cpu_ns "$pid")
      # CPU per request over the whole run (for lrange_100 this includes its LPUSH fill).
      ns_op=$(awk -v a="$before" -v b="$after" -v n="$N" -v k="$(printf '%s\n' "$out" | grep -c .)" \
        'BEGIN { if (k < 1) k = 1; printf "%.0f", (b - a) / (n * k) }')
      if [ "$port" = "$REDIS_PORT" ]; then CPU_REDIS[$t]=$(min "${CPU_REDIS[$t]:-}" "$ns_op"); else CPU_OURS[$t]=$(min "${CPU_OURS[$t]:-}" "$ns_op"); fi
      while IFS=$'\t' read -r name ops; do
        [ -n "$name" ] || continue
        if [ "$port" = "$REDIS_PORT" ]; then
          [ -n "${BEST_REDIS[$name]+x}" ] || ORDER+=("$name")
          BEST_REDIS[$name]=$(best "${BEST_REDIS[$name]:-0}" "$ops")
        else
          BEST_OURS[$name]=$(best "${BEST_OURS[$name]:-0}" "$ops")
        fi
      done <<< "$out"
    done
  done
done

printf '%-42s %14s %14s %7s\n' test redis-server redis-fn-server ratio
worst=""
for name in "${ORDER[@]}"; do
  redis_ops=${BEST_REDIS[$name]}
  ours_ops=${BEST_OURS[$name]:-0}
  ratio=$(awk -v a="$ours_ops" -v b="$redis_ops" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
  printf '%-42s %14s %14s %7s\n' "$name" "$redis_ops" "$ours_ops" "$ratio"
  if [ -z "$worst" ] || awk -v r="$ratio" -v w="$worst" 'BEGIN { exit !(r < w) }'; then worst=$ratio; fi
done
echo "lowest ratio: $worst (target >= 0.80)"
echo
echo "server CPU per request (ns, lower is better; ratio = redis / ours, >= 1 means we use less CPU)"
printf '%-42s %14s %14s %7s\n' test redis-server redis-fn-server ratio
for t in ${TESTS//,/ }; do
  r=${CPU_REDIS[$t]:-0}; o=${CPU_OURS[$t]:-0}
  printf '%-42s %14s %14s %7s\n' "$t" "$r" "$o" "$(awk -v a="$r" -v b="$o" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
done
