print(math.max(1, 5, 3))
