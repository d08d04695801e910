print(tostring(1/7))
print(1/7)
