local function E(f, ...) print(pcall(f, ...)) end
print(string.match("a-z", "[%a-]+"))
print(string.match("5-", "[%d-]+"))
print(string.match("-5", "[-%d]+"))
print(string.match("%a", "[%%a]+"))
print(string.match("abc]", "[]abc]+"))
print(string.match("^abc", "[^^]+"))
print(string.match("^abc", "[%^a]+"))
print(string.match("b", "[a-]"), string.match("-", "[-a]"))
