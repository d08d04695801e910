#!/usr/bin/env bash
# redis-py's own scripting and functions tests (tests/test_function.py and
# tests/test_scripting.py from the redis-py source distribution) against our release
# redis-fn-server, and against a real redis-server 7.0.x for the baseline, both on free
# loopback ports.
#
# Installs what is missing into a cache directory ($REDIS_PY_DIR, default
# target/redis-py): a venv with pytest and redis==$REDIS_PY_VERSION, and the unpacked sdist
# (never committed). Cluster-only tests are deselected (-m "not onlycluster"); the marks are
# unregistered in the sdist, hence the warning filter. Nothing in their files is edited.
#
# Usage: tests/scripts/redis_py.sh [--ours-only] [--resp3] [extra pytest args...]
# Prints the pass/fail counts of each server and the failing tests of ours.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
VERSION=${REDIS_PY_VERSION:-5.0.8}
DIR=${REDIS_PY_DIR:-$ROOT/target/redis-py}
OURS_ONLY=0
PROTO=()
while [ $# -gt 0 ]; do
    case "$1" in
        --ours-only) OURS_ONLY=1; shift ;;
        --resp3) PROTO=(--protocol=3); shift ;;
        *) break ;;
    esac
done

mkdir -p "$DIR"
PY="$DIR/venv/bin/python"
if [ ! -x "$PY" ]; then
    python3 -m venv "$DIR/venv" || { echo "error: python3 -m venv failed"; exit 2; }
fi
if ! "$PY" -c "import pytest, redis; assert redis.__version__ == '$VERSION'" 2>/dev/null; then
    "$PY" -m pip install -q pytest "redis==$VERSION" || { echo "error: pip install failed"; exit 2; }
fi
SRC="$DIR/redis-$VERSION"
if [ ! -f "$SRC/tests/test_function.py" ]; then
    "$PY" -m pip download -q --no-binary :all: --no-deps "redis==$VERSION" -d "$DIR/sdist" \
        || { echo "error: pip download of the redis sdist failed"; exit 2; }
    tar xzf "$DIR/sdist/redis-$VERSION.tar.gz" -C "$DIR" || exit 2
fi

# $REDIS_FN_SERVER: test that binary instead of building the release server.
if [ -n "${REDIS_FN_SERVER:-}" ]; then
    SERVER=$REDIS_FN_SERVER
else
    cargo build --release --quiet -p native --bin redis-fn-server || exit 2
    SERVER="${CARGO_TARGET_DIR:-$ROOT/target}/release/redis-fn-server"
fi

free_port() {
    "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
wait_port() {
    for _ in $(seq 100); do
        "$PY" -c "import socket; socket.create_connection(('127.0.0.1',$1),0.2)" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; }
trap cleanup EXIT

# run NAME PORT [pytest args]: runs the suite into $DIR/NAME.log, prints the counts and failures.
run() {
    local name=$1 port=$2 log="$DIR/$1.log"
    shift 2
    (cd "$SRC" && "$PY" -m pytest -p no:cacheprovider tests/test_function.py tests/test_scripting.py \
        --redis-url="redis://127.0.0.1:$port" "${PROTO[@]}" -m "not onlycluster" \
        -W ignore::pytest.PytestUnknownMarkWarning -q -rfE "$@" >"$log" 2>&1)
    local summary
    summary=$(grep -E '^[0-9]+ (passed|failed)|^=+ .*(passed|failed)' "$log" | tail -1 | tr -d '=')
    echo "$name: ${summary:-no summary, see $log}"
    grep -E '^(FAILED|ERROR) ' "$log" | sed 's/^/    /'
}

shift_args=("$@")
OUR_PORT=$(free_port)
"$SERVER" --port "$OUR_PORT" >/dev/null 2>"$DIR/server.err" &
PIDS+=($!)
wait_port "$OUR_PORT" || { echo "error: our server did not start"; cat "$DIR/server.err"; exit 2; }
run ours "$OUR_PORT" "${shift_args[@]}"
RC=$(grep -cE '^(FAILED|ERROR) ' "$DIR/ours.log")

if [ "$OURS_ONLY" = 0 ]; then
    if command -v redis-server >/dev/null; then
        REAL_PORT=$(free_port)
        redis-server --port "$REAL_PORT" --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 &
        PIDS+=($!)
        echo "real: $(redis-server --version)"
        wait_port "$REAL_PORT" && run real "$REAL_PORT" "${shift_args[@]}"
    else
        echo "note: redis-server not installed; no baseline"
    fi
fi
echo "full logs: $DIR/*.log"
[ "$RC" = 0 ]
