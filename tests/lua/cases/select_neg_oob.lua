print(pcall(select, -5, "a"))
