print(tostring(2^53))
print(2^53)
