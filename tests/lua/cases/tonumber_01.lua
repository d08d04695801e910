print(tonumber("  10  "))
