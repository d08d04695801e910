print(tostring(1e15))
print(1e15)
