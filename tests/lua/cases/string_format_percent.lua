local function E(f, ...) print(pcall(f, ...)) end
print(string.format("100%%"), string.format("%%d"), string.format("%%%d%%", 5), string.format("a%%b%%c"))
print(string.format(""), string.format("no specs"), string.format("%s%%", "x"))
E(function() local _ = string.format("%5%") end)
E(function() local _ = string.format("%5%", 1) end)
