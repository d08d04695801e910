print(math.floor("3.7"))
