print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2))
