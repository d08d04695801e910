#!/usr/bin/env bash
# FUNCTION DUMP/RESTORE interoperability with a real redis-server 7.0.x.
#
# Runs engine/tests/functions_interop.rs, which starts its own redis-server on a random
# loopback port (7000-7999), then checks:
#   * payloads from the real FUNCTION DUMP (LZF-compressed and plain) restore through our
#     registry with identical library texts, descriptions and flags;
#   * our FUNCTION DUMP payload restores into the real server (FLUSH policy) and its
#     functions run there;
#   * error replies for engine-independent FUNCTION cases, 300 framing corruptions of a
#     payload and 1500 random shebang lines are identical to the real server's.
# The tests pass with a note when redis-server is not installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v redis-server >/dev/null || echo "note: redis-server not found; the interop tests will be skipped"
exec cargo test -p engine --test functions_interop -- --nocapture "$@"
