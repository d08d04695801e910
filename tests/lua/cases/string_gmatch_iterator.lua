local function E(f, ...) print(pcall(f, ...)) end
local it = string.gmatch("a1b2c3", "%a(%d)")
print(it(), it(), it(), it(), it())
local it2 = string.gmatch("x y", "%a")
print(it2())
print(it2())
print(it2())
print(type(string.gmatch("", "")), type(string.gfind))
for w in string.gfind("a b", "%a") do print(w) end
