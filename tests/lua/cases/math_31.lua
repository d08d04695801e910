print(math.asin(1))
