local function E(f, ...) print(pcall(f, ...)) end
E(function() local _ = ("x"):rep() end)
E(function() local _ = ("x"):sub("a") end)
E(function() local _ = ("%d"):format("z") end)
E(function() local _ = ("x"):char() end)
E(function() local _ = ("x"):gsub("x", true) end)
E(function() local _ = ("x"):find({}) end)
E(function() local _ = ("x"):byte("q") end)
