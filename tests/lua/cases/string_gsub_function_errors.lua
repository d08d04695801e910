local function E(f, ...) print(pcall(f, ...)) end
E(function() local _ = string.gsub("abc", "%w", function() return true end) end)
E(function() local _ = string.gsub("abc", "%w", function() return {} end) end)
E(function() local _ = string.gsub("abc", "%w", function() error("boom") end) end)
E(function() local _ = string.gsub("abc", "%w", function() error("boom", 0) end) end)
local ok, e = pcall(string.gsub, "abc", "%w", function() error({code = 1}) end)
print(ok, type(e), e.code)
