local function E(f, ...) print(pcall(f, ...)) end
E(function() local _ = string.match("a", string.rep("(", 32) .. "a" .. string.rep(")", 32)) end)
print(select("#", string.match(string.rep("a", 32), string.rep("(a)", 32))))
E(function() local _ = string.match(string.rep("a", 33), string.rep("(a)", 33)) end)
