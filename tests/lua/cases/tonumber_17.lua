print(tonumber(nil))
