print(tostring(3 - 5))
print(3 - 5)
