x_global = 5
print(loadstring("return x_global")())
