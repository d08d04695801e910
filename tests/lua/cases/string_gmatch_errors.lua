local function E(f, ...) print(pcall(f, ...)) end
E(function() local _ = string.gmatch() end)
E(function() local _ = string.gmatch("x") end)
E(function() local _ = string.gmatch(nil, "x") end)
E(function() for _ in string.gmatch("abc", "(") do end end)
E(function() for _ in string.gmatch("abc", "%") do end end)
for w in string.gmatch(12321, "2") do print(w) end
