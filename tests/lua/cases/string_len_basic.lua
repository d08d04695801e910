local function E(f, ...) print(pcall(f, ...)) end
print(string.len(""), string.len("abc"), string.len("\0\0\0"), string.len(12345), string.len(1.5))
print(#"hello", string.len(string.rep("x", 1000)))
E(function() local _ = string.len() end)
E(function() local _ = string.len({}) end)
E(function() local _ = string.len(nil) end)
E(function() local _ = string.len(true) end)
