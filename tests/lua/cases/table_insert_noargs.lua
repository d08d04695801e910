print(pcall(table.insert, {}))
