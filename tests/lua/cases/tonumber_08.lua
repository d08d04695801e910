print(tonumber("FF", 16))
