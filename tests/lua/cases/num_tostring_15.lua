print(tostring(0.0001))
print(0.0001)
