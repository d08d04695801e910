print(tonumber("1 2"))
