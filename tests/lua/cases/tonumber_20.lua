print(tonumber(10))
