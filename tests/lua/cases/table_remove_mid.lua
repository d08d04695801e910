local t = {"a", "b", "c"}
print(table.remove(t, 2), #t, t[1], t[2], t[3])
