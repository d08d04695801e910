print(pcall(next, {}, "nokey"))
