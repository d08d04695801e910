local function E(f, ...) print(pcall(f, ...)) end
print(string.match("hello123", "[a-z]+"), string.match("hello123", "[0-9]+"), string.match("HeLLo", "[A-Z]+"))
print(string.match("a-b", "[a%-]+"), string.match("x]y", "[]]"), string.match("x]y", "[^]]+"))
print(string.match("a^b", "[%^b]+"), string.match("a^b", "[b^]+"), string.match("abc-", "[a-]+"))
print(string.match("hello world", "[^%s]+"), string.match("  42  ", "[%d]+"), string.match("foo_bar9", "[%w_]+"))
print(string.match("z-a", "[z-a]"), string.match("-", "[a-]"), string.match("b", "[a-c-e]"), string.match("-", "[a-c-e]"))
print(string.match("[x]", "[[]"), string.match("%", "[%%]"), string.match("a", "[%a-z]"), string.match("-", "[%a-z]"))
print(string.match("\0a", "[%z]") == "\0", string.match("abc", "[^a][^c]"), string.match("]", "[]-a]"))
