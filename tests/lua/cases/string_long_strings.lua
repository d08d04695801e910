local function E(f, ...) print(pcall(f, ...)) end
local s = string.rep("x", 100000)
print(#s, string.find(s, "y"), string.find(s, "x$"), #string.match(s, "x*"))
print(string.find(s .. "y", "y"), string.find(s, "xy", 1, true))
print(#string.upper(s), #string.reverse(s), string.byte(s, -1))
print(#(string.gsub(s, "x", "yy")))
