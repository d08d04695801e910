local t = {2, 1}
table.sort(t)
print(t[1], t[2])
local u = {3, 1, 2}
table.sort(u)
print(u[1], u[2], u[3])
local e = {}
table.sort(e)
print(#e)
