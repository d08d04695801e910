local function E(f, ...) print(pcall(f, ...)) end
local s = "hello world"
print(string.sub(s, -5), string.sub(s, -5, -2), string.sub(s, -100, 3), string.sub(s, 2, -100), string.sub(s, -1))
print(string.sub(s, -11, -11), string.sub(s, -12), string.sub(s, 0, -1), string.sub("", -1, 1))
