local function E(f, ...) print(pcall(f, ...)) end
E(function() local _ = string.find("aa", "(a)%2") end)
E(function() local _ = string.find("aa", "%1(a)") end)
E(function() local _ = string.gsub("aa", "(a)", "%9") end)
print(string.find("aa", "(a)%1"))
print(string.gsub("aa", "a", "%1"))
E(function() local _ = string.gsub("aa", "a", "%2") end)
