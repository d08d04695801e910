print(tonumber("5."))
