print(tonumber("11", 2))
