print(tostring(0.1+0.2))
print(0.1+0.2)
