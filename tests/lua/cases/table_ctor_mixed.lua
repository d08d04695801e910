local t = {1, 2, x = "x", [10] = 10, 3}
print(t[1], t[2], t[3], t.x, t[10], #t)
