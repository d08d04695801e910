print(loadstring("x =", "mychunk"))
