print(tonumber("1e3"))
