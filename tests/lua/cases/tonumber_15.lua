print(tonumber("-3"))
