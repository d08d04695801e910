local function E(f, ...) print(pcall(f, ...)) end
E(function() local _ = string.find("abc", "(a") end)
E(function() local _ = string.match("abc", "a(") end)
E(function() local _ = string.gsub("abc", "(a", "%1") end)
E(function() local _ = string.gsub("abc", "(a", function(x) return x end) end)
print(string.gsub("abc", "(a", "x"))
print(string.find("abc", "(a", 1, true))
