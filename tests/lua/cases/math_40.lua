print(math.max(0/0, 1))
