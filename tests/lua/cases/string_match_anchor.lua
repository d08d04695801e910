local function E(f, ...) print(pcall(f, ...)) end
print(string.match("hello", "^hel"), string.match("hello", "^el"), string.match("hello", "lo$"), string.match("hello", "l$"))
print(string.match("a^b", "a^b"), string.match("a$b", "a$b"), string.match("$", "$"), string.match("x", "^$"))
print(string.match("", "^$"), string.match("hello", "^(h)(.*)$"))
print(string.match("hello", "^", 3), string.match("hello", "^l", 3), string.match("hello", "^l", 4))
print(string.match("^^", "^^"), string.match("a^", "^a^"))
