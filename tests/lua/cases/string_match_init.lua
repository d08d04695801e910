local function E(f, ...) print(pcall(f, ...)) end
print(string.match("hello", "l", 4), string.match("hello", "(h)", 2), string.match("hello", ".", -1), string.match("hello", ".", 0))
print(string.match("hello", "()", 100), string.match("hello", "()", -100), string.match("hello", "()", 6), string.match("hello", "()", 5))
print(string.match(12345, "%d%d", 3), string.match("x", "x", "1"))
