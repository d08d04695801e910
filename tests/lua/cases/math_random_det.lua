print(math.random())
print(math.random(10))
print(math.random(5, 7))
