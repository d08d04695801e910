print(loadstring("return 1 + 41")())
