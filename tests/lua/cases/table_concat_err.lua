print(pcall(table.concat, {{}}))
