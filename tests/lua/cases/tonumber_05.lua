print(tonumber(""))
