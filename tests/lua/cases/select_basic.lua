print(select("#", 1, nil, 3))
print(select("#"))
print(select(2, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
