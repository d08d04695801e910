local function E(f, ...) print(pcall(f, ...)) end
print(string.find("a\0b", "%z"))
print(string.match("a\0b", "[%z]") == "\0")
print(string.match("a\0b", "\0b") == "")
print(string.gsub("a\0b\0", "%z", "0"))
print(string.match("ab\0", "[^%z]+"))
E(function() local _ = string.find("x\0y", "[\0]") end)
print(string.find("ab", "b\0zzz"))
