print(math.tan(0))
