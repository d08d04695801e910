print(pcall(table.concat, {1, 2, nil, 4}, ",", 1, 4))
