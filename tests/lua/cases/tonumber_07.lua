print(tonumber("ff", 16))
