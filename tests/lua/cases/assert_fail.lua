print(pcall(assert, false))
print(pcall(assert, nil, "custom msg"))
print(pcall(assert, false, {1}))
