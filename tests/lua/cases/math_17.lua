print(math.frexp(8))
