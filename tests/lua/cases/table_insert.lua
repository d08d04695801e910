local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "z")
print(table.concat(t, ","))
