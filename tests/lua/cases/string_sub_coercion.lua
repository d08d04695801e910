local function E(f, ...) print(pcall(f, ...)) end
print(string.sub(123456, 2, 4), string.sub("abcdef", "2", "3"), string.sub("abcdef", 2.9, 4.2), string.sub(1.25, 2))
print(string.sub("abcdef", -2.5), string.sub("abcdef", 2^40), string.sub("abcdef", -2^40, 2))
E(function() local _ = string.sub("x") end)
E(function() local _ = string.sub("x", "a") end)
E(function() local _ = string.sub("x", 1, {}) end)
E(function() local _ = string.sub() end)
