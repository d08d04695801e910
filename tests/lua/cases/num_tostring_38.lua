print(tostring(2^0.5))
print(2^0.5)
