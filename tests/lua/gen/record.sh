#!/bin/sh
# Regenerates the string_*.lua cases and records their expectations with lua5.1 through the
# shared driver (tests/lua/record.sh: chunk "@user_script", run inside pcall).
set -e
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../cases"
python3 ../gen/gen_string_cases.py .
sh "$here/../record.sh" "$here"/../cases/string_*.lua "$here"/../string_pending/*.lua
