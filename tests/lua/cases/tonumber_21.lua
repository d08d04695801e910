print(tonumber("1e"))
