print(math.modf(math.huge))
