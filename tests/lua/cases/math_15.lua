print(math.modf(-3.7))
