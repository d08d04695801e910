print(tostring(100))
print(100)
