print(pcall(math.random, 0))
print(pcall(math.random, 5, 1))
