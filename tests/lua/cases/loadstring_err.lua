print(loadstring("return +"))
