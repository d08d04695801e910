print(pcall(table.sort, {{}, {}}))
