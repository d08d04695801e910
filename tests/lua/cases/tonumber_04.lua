print(tonumber("abc"))
