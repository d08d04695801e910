local function E(f, ...) print(pcall(f, ...)) end
local t = {}
for i = 1, 200 do t[i] = 65 + (i % 26) end
print(#string.char(unpack(t)), string.sub(string.char(unpack(t)), 1, 30))
