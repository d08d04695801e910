local t = {}
local x = 1
for i = 1, 500 do x = (x * 7919 + 13) % 10007; t[i] = x end
table.sort(t)
local ok = true
for i = 2, 500 do if t[i-1] > t[i] then ok = false end end
print(ok, t[1], t[500])
