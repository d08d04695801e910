local function E(f, ...) print(pcall(f, ...)) end
local function split(s, sep)
  local out = {}
  for piece in string.gmatch(s .. sep, "(.-)" .. sep) do out[#out + 1] = piece end
  return out
end
local t = split("a,b,,c", ",")
print(#t, table.concat(t, "|"))
t = split("one", ",")
print(#t, t[1])
local words = {}
for w in string.gmatch("  lots   of   space  ", "%S+") do words[#words + 1] = w end
print(table.concat(words, " "))
