print(tostring(10 % 0))
print(10 % 0)
