local function E(f, ...) print(pcall(f, ...)) end
local r = string.gsub("a b c", "%a", function(c)
  return (string.gsub(c, "%a", function(d) return string.upper(d) .. d end))
end)
print(r)
print(string.gsub("abc", "%w", function(c) return string.format("%q", c) end))
local depth = 0
local function f(s)
  depth = depth + 1
  if depth > 3 then return s end
  return (string.gsub(s, "x", f))
end
print(f("axbxc"), depth)
