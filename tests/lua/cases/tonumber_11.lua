print(tonumber("102", 2))
