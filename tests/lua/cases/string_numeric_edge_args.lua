local function E(f, ...) print(pcall(f, ...)) end
print(string.sub("abcdef", 2^31), string.sub("abcdef", -2^31), string.sub("abcdef", 2, 2^31 + 1))
print(string.rep("ab", 2^32 + 2), string.byte("abc", 2^32 + 1))
print(string.find("abc", "b", 2^53), string.find("abc", "b", -2^53))
print(string.char(2^32 + 66), string.sub("hello", 0/0 == 0/0 and 1 or 2))
