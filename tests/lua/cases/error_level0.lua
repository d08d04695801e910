print(pcall(error, "plain message", 0))
