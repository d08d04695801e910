print(pcall(select, 0, "a"))
