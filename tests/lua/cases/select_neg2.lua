print(select(-2, "a", "b", "c"))
