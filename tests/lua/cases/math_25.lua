print(math.exp(1))
