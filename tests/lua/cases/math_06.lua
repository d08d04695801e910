print(math.pow(2, 10))
