print(tostring(1e100))
print(1e100)
