print(tonumber("nan"))
