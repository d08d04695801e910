local function E(f, ...) print(pcall(f, ...)) end
local s = "hello world"
print(string.sub(s, 1, 5), string.sub(s, 7), string.sub(s, 7, 100), string.sub(s, 0), string.sub(s, 5, 4))
print(string.sub(s, 1, 0), string.sub(s, 11, 11), string.sub(s, 12), string.sub(s, 3, 3))
