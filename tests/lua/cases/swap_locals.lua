local x, y = 1, 2
x, y = y, x
print(x, y)
