local function E(f, ...) print(pcall(f, ...)) end
print(string.format("%s %s %s %s %s %s %s %s %s %s", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(string.format("%s", "a", "extra", "args"))
print(string.format("%d-%d", 1, 2, 3))
print(string.format("[%3d][%-3d][%03d]", 5, 5, 5))
