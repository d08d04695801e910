local s = "Hello"
print(s:upper(), s:len(), s:sub(2, 3), ("x"):rep(3))
