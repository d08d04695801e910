local function E(f, ...) print(pcall(f, ...)) end
local key = "user:1000:profile"
local kind, id, field = string.match(key, "^(%w+):(%d+):(%w+)$")
print(kind, id, field, tonumber(id) + 1)
print(string.match("mykey{tag}rest", "{(.-)}"))
print(string.find("a:b:c", ":", 1, true), string.find("a:b:c", ":", 3, true))
print(string.format("%s:%d", "counter", 5), string.rep("-", 10))
