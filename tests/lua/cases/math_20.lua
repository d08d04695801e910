print(math.ldexp(0.5, 4))
