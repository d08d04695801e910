print(pcall(pcall, error, "x"))
