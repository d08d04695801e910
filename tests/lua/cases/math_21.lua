print(math.log(1))
