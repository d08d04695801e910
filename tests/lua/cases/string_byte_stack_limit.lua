local function E(f, ...) print(pcall(f, ...)) end
print(select("#", string.byte(string.rep("a", 7990), 1, -1)))
print(select("#", string.byte(string.rep("a", 7997), 1, -1)))
E(function() local _ = string.byte(string.rep("a", 7998), 1, -1) end)
E(function() local _ = string.byte(string.rep("a", 100000), 1, -1) end)
print(select("#", string.byte(string.rep("a", 7998), 2, -1)))
