local t = {10, 20, 30}
local s = 0
for k, v in pairs(t) do s = s + k * v end
print(s)
