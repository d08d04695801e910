print(math.abs(-3))
