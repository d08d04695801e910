print(tonumber("inf"))
