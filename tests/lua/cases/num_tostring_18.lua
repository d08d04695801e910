print(tostring(7 % 2.5))
print(7 % 2.5)
