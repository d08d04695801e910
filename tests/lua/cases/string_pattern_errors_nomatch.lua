local function E(f, ...) print(pcall(f, ...)) end
print(string.find("b", "a%"))
print(string.find("bbb", "x[a"))
print(pcall(string.find, "", "%"))
print(string.find("abc", "(", 1, true))
print(string.find("abc", "[", 1, true))
print(pcall(string.match, "abc", "x(a"))
print(pcall(string.match, "xabc", "x(a"))
