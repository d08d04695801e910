print(math.min(1))
