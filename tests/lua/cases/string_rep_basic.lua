local function E(f, ...) print(pcall(f, ...)) end
print(string.rep("ab", 3), string.rep("x", 0), string.rep("x", -1), string.rep("", 100), string.rep("abc", 1))
print(string.rep(1, 3), string.rep("x", "4"), string.rep("x", 2.7), string.rep("x", -2.7), #string.rep("abc", 1000))
E(function() local _ = string.rep() end)
E(function() local _ = string.rep("x") end)
E(function() local _ = string.rep("x", "y") end)
E(function() local _ = string.rep({}, 2) end)
