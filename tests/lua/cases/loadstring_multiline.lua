print(loadstring("local a = 1\nx ="))
