print(table.getn({1, 2, 3}))
local t = {1, 2}
t[10] = 10
print(table.maxn(t))
print(table.maxn({}))
print(table.maxn({[1.5] = 1}))
