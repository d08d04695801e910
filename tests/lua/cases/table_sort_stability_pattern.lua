local t = {}
for i = 1, 12 do t[i] = {k = i % 3, v = i} end
table.sort(t, function(a, b) return a.k < b.k end)
local o = {}
for i = 1, 12 do o[i] = t[i].v end
print(table.concat(o, ","))
