local function E(f, ...) print(pcall(f, ...)) end
print(type(string.dump(function() end)))
E(function() local _ = string.dump(print) end)
E(function() local _ = string.dump() end)
E(function() local _ = string.dump("x") end)
