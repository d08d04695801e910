local function E(f, ...) print(pcall(f, ...)) end
local r, n = string.gsub("a", "a", "%")
print(#r, string.byte(r), n)
r, n = string.gsub("abc", "b", "x%")
print(#r, string.byte(r, 1, -1))
print(string.gsub("abc", "b", "%%%%"))
print(string.gsub("abc", "b", "%x"))
