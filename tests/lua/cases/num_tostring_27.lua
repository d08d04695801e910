print(tostring(1e308*10))
print(1e308*10)
