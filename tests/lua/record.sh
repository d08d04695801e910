#!/bin/sh
# Records the expected output of every differential case by running Debian's `lua5.1`.
# Each case runs as chunk "@user_script" inside pcall; a compile error prints
# "COMPILE: msg", a runtime error "ERROR: msg" (the same driver the Rust test emulates).
# Usage: tests/lua/record.sh [case.lua ...]   (default: all cases)
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
driver='local src = io.read("*a")
local f, e = loadstring(src, "@user_script")
if not f then print("COMPILE: " .. e) else
  local ok, err = pcall(f)
  if not ok then print("ERROR: " .. tostring(err)) end
end'
if [ "$#" -eq 0 ]; then set -- "$dir"/cases/*.lua; fi
for f in "$@"; do
  timeout 20 lua5.1 -e "$driver" < "$f" > "${f%.lua}.expected" 2>&1 || true
done
