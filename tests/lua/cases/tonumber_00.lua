print(tonumber("10"))
