print(pcall(math.random, 1, 2, 3))
