print(tostring(255))
print(255)
