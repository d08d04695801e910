print(tostring(2^31))
print(2^31)
