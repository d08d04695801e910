local a, b = 1
print(a, b)
local c, d = 1, 2, 3
print(c, d)
