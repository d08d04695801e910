local t = {1, 2, 3, 4}
print(table.remove(t))
print(table.remove(t, 1))
print(table.concat(t, ","))
print(table.remove({}))
print(select("#", table.remove({})))
