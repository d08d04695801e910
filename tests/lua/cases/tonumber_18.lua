print(tonumber({}))
