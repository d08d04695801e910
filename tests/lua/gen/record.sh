#!/bin/sh
# Regenerates the string_*.lua cases and records their expectations with lua5.1.
set -e
cd "$(dirname "$0")/../cases"
python3 ../gen/gen_string_cases.py .
for f in string_*.lua; do lua5.1 "$f" > "${f%.lua}.expected" 2>&1 || true; done
