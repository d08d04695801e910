print(select(10, "a", "b"))
