print(tostring(7 % -3))
print(7 % -3)
