print(tostring(2^-1074))
print(2^-1074)
