local function E(f, ...) print(pcall(f, ...)) end
print(string.rep("a", 3, ","))
print(string.rep("", 5, "x") == "")
