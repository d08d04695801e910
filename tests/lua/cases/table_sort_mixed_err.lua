local t = {1, "a", 2}
print(pcall(table.sort, t))
