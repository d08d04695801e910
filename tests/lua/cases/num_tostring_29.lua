print(tostring(2^32+1))
print(2^32+1)
