print(pcall(error))
