local function E(f, ...) print(pcall(f, ...)) end
print(string.find("a(b", "(", 1, true))
print(string.find("a[b", "[", 1, 1))
print(string.find("a%b", "%", 1, "yes"))
print(string.find("a.b", ".", 1, false))
print(string.find("a.b", ".", 1, nil))
print(string.find("x^y", "^y", 1, true))
print(string.find("x$", "$", 1, true))
