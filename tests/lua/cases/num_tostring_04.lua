print(tostring(1e16))
print(1e16)
