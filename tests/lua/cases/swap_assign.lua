local a = {1, 2, 3}
local i, j = 1, 3
a[i], a[j] = a[j], a[i]
print(a[1], a[2], a[3])
