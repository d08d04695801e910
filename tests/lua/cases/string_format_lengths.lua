local function E(f, ...) print(pcall(f, ...)) end
local s = string.format("%s|%s", string.rep("a", 1000), string.rep("b", 1000))
print(#s, string.sub(s, 999, 1003))
print(#string.format(string.rep("%d", 50), 1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10))
