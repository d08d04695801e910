print(tonumber("1.5"))
