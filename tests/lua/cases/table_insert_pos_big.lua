local t = {1, 2}
table.insert(t, 5, "x")
print(t[5], #t)
