print(math.deg(math.pi))
