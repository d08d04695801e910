print(math.frexp(-0.3))
