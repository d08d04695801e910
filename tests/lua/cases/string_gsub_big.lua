local function E(f, ...) print(pcall(f, ...)) end
local s = string.rep("a b ", 10000)
local r, n = string.gsub(s, "%s", "")
print(#r, n)
r, n = string.gsub(s, "a", "xyz")
print(#r, n)
r, n = string.gsub(s, "%w+", function(w) return w .. w end)
print(#r, n)
local parts = {}
for w in string.gmatch(string.rep("k,", 5000), "[^,]+") do parts[#parts + 1] = w end
print(#parts)
