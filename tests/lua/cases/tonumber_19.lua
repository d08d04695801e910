print(tonumber("5", 10))
