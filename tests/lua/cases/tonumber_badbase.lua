print(pcall(tonumber, "10", 99))
