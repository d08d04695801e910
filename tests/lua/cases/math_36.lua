print(math.cosh(0))
