print(tostring(1))
print(1)
