local function E(f, ...) print(pcall(f, ...)) end
print(string.find("abc", "b", 0))
print(string.find("abc", "b", -1))
print(string.find("abc", "c", -1))
print(string.find("abc", "^b", 2))
print(string.find("abc", "^a", 2))
print(string.find("abc", "$", 2))
print(string.find("abc", ".-", 4))
print(string.find("abc", ".", 4))
