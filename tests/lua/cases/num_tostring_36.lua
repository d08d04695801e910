print(tostring(1e14))
print(1e14)
