print(pcall(table.setn, {}, 1))
