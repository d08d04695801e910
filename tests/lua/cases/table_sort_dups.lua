local t = {3, 1, 3, 2, 1, 2, 3}
table.sort(t)
print(table.concat(t, ""))
