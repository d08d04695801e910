local function g(...) return (...) end
print(g(1, 2, 3))
