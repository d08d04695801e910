local function E(f, ...) print(pcall(f, ...)) end
for a in string.gmatch("^a^b", "^%a") do print(a) end
for a in string.gmatch("hello", "^h") do print(a) end
local n = 0
for a in string.gmatch("hello", "^x") do n = n + 1 end
print(n)
