print(math.sqrt(-1))
