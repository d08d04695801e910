print(math.sin(0))
