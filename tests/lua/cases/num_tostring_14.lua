print(tostring(1e-5))
print(1e-5)
